import type { FileResolvers } from '../__generated__/resolvers-types';
import { DOWNLOAD_LINK_SECONDS, fileSettings } from '../upload/file-settings';
import { downloadUrlOf } from '../upload/request-file-upload';

export const File: FileResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.fileById.load(id),
  appointment: (file) => (file.appointmentId ? { id: file.appointmentId } : null),
  downloadUrl: (file, _, ctx) => downloadUrlOf(file, ctx, fileSettings(), DOWNLOAD_LINK_SECONDS),
};
