import type { DoctorResolvers } from '../__generated__/resolvers-types';

export const Doctor: DoctorResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  stats: ({ id }, _, { loaders }) => loaders.statsByDoctor.load(id),
};
