import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { DoctorResolvers } from '../__generated__/resolvers-types';

export const Doctor: DoctorResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.doctorById.load(id),
  clinic: async (doctor, _, { loaders }) =>
    (await loaders.clinicById.load(doctor.clinic.id)) ?? Promise.reject(new NotFoundError('Clinic', doctor.clinic.id)),
  cursor: (doctor) => encodeCursor(doctor.name, doctor.id),
};
