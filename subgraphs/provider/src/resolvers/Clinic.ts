import type { ClinicResolvers } from '../__generated__/resolvers-types';

export const Clinic: ClinicResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.clinicById.load(id),
  doctors: (clinic, _, { loaders }) => loaders.doctorsByClinic.load(clinic.id),
};
