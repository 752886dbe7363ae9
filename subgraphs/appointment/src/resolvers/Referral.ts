import type { ReferralResolvers } from '../__generated__/resolvers-types';

export const Referral: ReferralResolvers = {
  // A reference to provider's doctor: the gateway resolves it there.
  toDoctor: (referral) => (referral.toDoctorId ? { id: referral.toDoctorId } : null),
};
