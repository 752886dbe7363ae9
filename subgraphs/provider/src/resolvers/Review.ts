import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { ReviewResolvers } from '../__generated__/resolvers-types';

export const Review: ReviewResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.reviewById.load(id),
  doctor: async (review, _, { loaders }) =>
    (await loaders.doctorById.load(review.doctor.id)) ?? Promise.reject(new NotFoundError('Doctor', review.doctor.id)),
};
