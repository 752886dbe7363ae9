import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  patient: async (user, _, { loaders }) => (await loaders.patientsByUser.load(user.id))[0] ?? null,
};
