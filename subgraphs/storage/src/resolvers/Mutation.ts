import type { MutationResolvers } from '../__generated__/resolvers-types';
import { blobStore } from '../blob/blobs';
import { fileSettings } from '../upload/file-settings';
import { requestFileUpload } from '../upload/request-file-upload';
import { uploadFile } from '../upload/upload-file';

export const Mutation: MutationResolvers = {
  requestFileUpload: (_, { input }, ctx) => requestFileUpload(input, ctx, fileSettings()),
  uploadFile: (_, { appointmentId, file }, ctx) => uploadFile(appointmentId, file, ctx, fileSettings(), blobStore()),
};
