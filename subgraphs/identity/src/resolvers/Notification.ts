import type { NotificationResolvers } from '../__generated__/resolvers-types';

export const Notification: NotificationResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.notificationById.load(id),
  // A reference only: the appointment subgraph resolves its fields (and decides who may read them).
  appointment: (notification) => (notification.appointmentId ? { id: notification.appointmentId } : null),
};
