import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import { pageSize } from '@telemed/subgraph-kit/arguments';
import type { DoctorResolvers } from '../__generated__/resolvers-types';

export const Doctor: DoctorResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  appointments: ({ id }, { from, to, first }, { loaders }) => {
    if (from && to && from >= to) throw new BadUserInputError('"from" must be before "to"', ['from']);
    return loaders.appointmentsByDoctor.load({ ownerId: id, from: from ?? null, to: to ?? null, first: pageSize(first, 50) });
  },
};
