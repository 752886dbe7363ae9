import type { NotificationResolvers } from '../__generated__/resolvers-types';

export const Notification: NotificationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.notificationById.load(id),
};
