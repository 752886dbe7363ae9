import { pageSize } from '@telemed/subgraph-kit/arguments';
import type { PatientResolvers } from '../__generated__/resolvers-types';

export const Patient: PatientResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  appointments: ({ id }, { first }, { loaders }) =>
    loaders.appointmentsByPatient.load({ ownerId: id, from: null, to: null, first: pageSize(first, 50) }),
};
