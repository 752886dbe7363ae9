import type { MutationResolvers } from '../__generated__/resolvers-types';
import { fileSettings } from '../upload/file-settings';
import { requestFileUpload } from '../upload/request-file-upload';

export const Mutation: MutationResolvers = {
  requestFileUpload: (_, { input }, ctx) => requestFileUpload(input, ctx, fileSettings()),
};
