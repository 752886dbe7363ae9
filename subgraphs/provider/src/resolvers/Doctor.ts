import { decodeCursor, encodeCursor, pageSize } from '@telemed/subgraph-kit/arguments';
import { toConnection } from '@telemed/subgraph-kit/connection';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { DoctorResolvers } from '../__generated__/resolvers-types';
import { reviewCursor } from '../review/review.cursor';

export const Doctor: DoctorResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.doctorById.load(id),
  clinic: async (doctor, _, { loaders }) =>
    (await loaders.clinicById.load(doctor.clinic.id)) ?? Promise.reject(new NotFoundError('Clinic', doctor.clinic.id)),
  cursor: (doctor) => encodeCursor(doctor.name, doctor.id),
  workingHours: (doctor, _, { loaders }) => loaders.workingHoursByDoctor.load(doctor.id),
  timeOff: (doctor, _, { loaders }) => loaders.upcomingTimeOffByDoctor.load(doctor.id),
  averageRating: async (doctor, _, { loaders }) => (await loaders.ratingByDoctor.load(doctor.id)).average,
  reviewCount: async (doctor, _, { loaders }) => (await loaders.ratingByDoctor.load(doctor.id)).count,
  reviews: async (doctor, { first, after }, { loaders }) => {
    const page = { first: pageSize(first, 10), after: decodeCursor(after) };
    const rows = await loaders.reviewPageByDoctor.load({ doctorId: doctor.id, ...page });
    return toConnection(rows, page, reviewCursor);
  },
};
