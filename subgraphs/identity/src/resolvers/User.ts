import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  emailVerified: (user) => user.emailVerifiedAt !== null,
  twoFactorEnabled: (user) => user.totpSecret !== null,
  patient: async (user, _, { loaders }) => (await loaders.patientsByUser.load(user.id))[0] ?? null,
};
