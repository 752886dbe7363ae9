import { decodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listPatients } from '../patient/patient.repository';

export const Query: QueryResolvers = {
  patient: async (_, { id }, { loaders }) =>
    (await loaders.patientById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Patient', id)),
  patients: (_, { first, after }, { em }) => listPatients(em, { first: pageSize(first), after: decodeCursor(after) }),
  user: async (_, { id }, { loaders }) =>
    (await loaders.userById.load(parseId(id))) ?? Promise.reject(new NotFoundError('User', id)),
};
