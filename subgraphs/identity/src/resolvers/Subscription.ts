import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { requireCaller } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { perEventCache } from '@telemed/subgraph-kit/events/per-event-cache';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { Notification } from '../notifications/notification.entity';

const notificationAfter = perEventCache<Notification | null>();

type NotificationCreated = EventEnvelope<'notification.created'>;

export const Subscription: SubscriptionResolvers = {
  notificationReceived: {
    // Whose notifications: the caller's patient profile, as for `Patient.notifications`; nobody else's.
    subscribe: (_, _args, context) => {
      const { patientId } = requireCaller(context.caller);
      if (!patientId) throw new ForbiddenError('Only patients receive notifications');
      return context.liveEvents(['notification.created'], (event) => event.data.patient_id === patientId) as AsyncIterableIterator<never>;
    },
    // The notification as stored, read once for all of the patient's subscriptions.
    resolve: async (event: NotificationCreated, _args: unknown, context: Context) => {
      const id = event.data.notification_id;
      const notification = await notificationAfter(event.event_id, () => context.em.fork().findOne(Notification, { id }));
      if (!notification) throw new NotFoundError('Notification', id);
      return notification;
    },
  },
};
