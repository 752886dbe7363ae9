import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { perEventCache } from '@telemed/subgraph-kit/events/per-event-cache';
import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { Context } from '../context';
import { Payment } from '../payment/payment.entity';
import { paymentPolicies } from '../payment/payment.policy';

const afterEvent = perEventCache<Payment | null>();

const STATUS_EVENTS = ['payment.completed', 'payment.failed', 'payment.refunded', 'payment.cancelled'] as const;
type StatusEvent = EventEnvelope<(typeof STATUS_EVENTS)[number]>;

export const Subscription: SubscriptionResolvers = {
  paymentStatusChanged: {
    // Authorized once, when the subscription opens: the payer or an admin.
    subscribe: async (_, { paymentId }, context) => {
      const id = parseId(paymentId, 'paymentId');
      const payment = await context.loaders.paymentById.load(id);
      if (!payment) throw new NotFoundError('Payment', id);
      if (!(await paymentPolicies.Payment.canRead(payment, context))) throw new ForbiddenError('Not your payment');
      return context.liveEvents(STATUS_EVENTS, (event) => event.data.payment_id === id) as AsyncIterableIterator<never>;
    },
    // Each event is re-read from the database (once for all its subscribers),
    // so subscribers get the payment as stored, not as the event described it.
    resolve: async (event: StatusEvent, _args: unknown, context: Context) => {
      const payment = await afterEvent(event.event_id, () => context.em.fork().findOne(Payment, { id: event.data.payment_id }));
      if (!payment) throw new NotFoundError('Payment', event.data.payment_id);
      return payment;
    },
  },
};
