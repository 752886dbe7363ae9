import type { FileResolvers } from '../__generated__/resolvers-types';

export const File: FileResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.fileById.load(id),
  appointment: (file) => (file.appointmentId ? { id: file.appointmentId } : null),
};
