import { isAdmin } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { DoctorStatsResolvers } from '../__generated__/resolvers-types';

export const DoctorStats: DoctorStatsResolvers = {
  // A doctor's earnings are theirs and the platform's: counts are shared with peers and partners, money is not.
  revenueCents: (stats, _, { caller }) => {
    if (isAdmin(caller) || (caller?.doctorId != null && caller.doctorId === stats.doctorId)) return stats.revenueCents;
    throw new ForbiddenError('Revenue is shown to the doctor and admins only');
  },
};
