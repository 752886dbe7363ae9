import type { EventType } from '@telemed/event-bus/catalogue/index';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { busNames } from '@telemed/event-bus/names';
import type { LazyNatsConnection } from '../nats-connection';
import { subjectStream } from '../subject-stream';

/**
 * Catalogued events as they are published, for `Subscription` resolvers:
 * `liveEvents(['payment.completed', ...], (e) => e.data.payment_id === id)`.
 * It listens on the core NATS subjects the outbox relay publishes to, so
 * every replica sees every event and nothing is acknowledged or consumed:
 * a live view, not a durable consumer (those are `events.consumers`).
 */
export type LiveEvents = <T extends EventType>(
  types: readonly T[],
  filter?: (event: EventEnvelope<T>) => boolean,
) => AsyncIterableIterator<EventEnvelope<T>>;

export function liveEventsOn(nats: LazyNatsConnection, namespace: string): LiveEvents {
  const names = busNames(namespace);
  const decoder = new TextDecoder();
  return <T extends EventType>(types: readonly T[], filter?: (event: EventEnvelope<T>) => boolean) =>
    subjectStream<EventEnvelope<T>>(
      nats,
      types.map((type) => names.subject(type)),
      {
        decode: (data) => JSON.parse(decoder.decode(data)) as EventEnvelope<T>,
        filter,
      },
    );
}

/**
 * A subscription's context lives as long as the subscription: its
 * EntityManager and DataLoaders would answer a later event's nested fields
 * from what an earlier event read. Each event handed out by the returned
 * `LiveEvents` first runs `forget` (clearing them), so every event is
 * resolved from the database as it is now. graphql-js asks for the next
 * event only after the previous one was resolved and sent, so `forget` also
 * learns which event the result about to be sent belongs to (its trace).
 */
export function withFreshReads(live: LiveEvents, forget: (event: EventEnvelope) => void): LiveEvents {
  return <T extends EventType>(types: readonly T[], filter?: (event: EventEnvelope<T>) => boolean) => {
    const events = live(types, filter);
    const fresh: AsyncIterableIterator<EventEnvelope<T>> = {
      next: async () => {
        const result = await events.next();
        if (!result.done) forget(result.value as EventEnvelope);
        return result;
      },
      return: (value?: unknown) => events.return?.(value) ?? Promise.resolve({ done: true, value: undefined }),
      throw: (error?: unknown) => events.throw?.(error) ?? Promise.reject(error),
      [Symbol.asyncIterator]: () => fresh,
    };
    return fresh;
  };
}
