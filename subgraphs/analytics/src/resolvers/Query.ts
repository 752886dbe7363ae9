import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { platformMetrics } from '../stats/platform-metrics.repository';

const MAX_PERIOD_MS = 366 * 86_400_000;

export const Query: QueryResolvers = {
  // Admins only: `@requiresScopes` in the SDL, checked by the kit before this runs.
  platformMetrics: (_, { from, to }, { em }) => {
    if (from >= to) throw new BadUserInputError('"from" must be before "to"', ['to']);
    if (to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw new BadUserInputError('the period may be at most 366 days', ['to']);
    return platformMetrics(em, from, to);
  },
};
