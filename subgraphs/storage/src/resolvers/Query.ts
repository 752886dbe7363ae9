import { parseId } from '@telemed/subgraph-kit/arguments';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  file: async (_, { id }, { loaders }) =>
    (await loaders.fileById.load(parseId(id))) ?? Promise.reject(new NotFoundError('File', id)),
};
