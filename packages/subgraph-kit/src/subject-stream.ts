import type { Subscription } from '@nats-io/transport-node';
import { BoundedQueue } from '@telemed/streams/bounded-queue';
import type { LazyNatsConnection } from './nats-connection';

export interface SubjectStreamOptions<T> {
  /** Turns a message body into the value subscribers get; throwing skips the message. */
  readonly decode: (data: Uint8Array) => T;
  /** Keeps only the values this subscriber may and wants to see. */
  readonly filter?: (value: T) => boolean;
  /** Values a slow subscriber may fall behind before its stream fails. */
  readonly maxQueued?: number;
}

/**
 * Values published on a NATS subject, as an async iterator for a GraphQL
 * `subscribe` resolver. Core NATS delivers every message to every
 * subscribing process, so any replica can serve any subscriber; messages
 * published to JetStream subjects reach core subscribers too. Returning the
 * iterator (the client went away) unsubscribes from NATS.
 */
export function subjectStream<T>(
  nats: LazyNatsConnection,
  subjects: string | readonly string[],
  options: SubjectStreamOptions<T>,
): AsyncIterableIterator<T> {
  const subscriptions: Subscription[] = [];
  let closed = false;
  const queue = new BoundedQueue<T>(options.maxQueued ?? 100, () => {
    closed = true;
    for (const subscription of subscriptions) subscription.unsubscribe();
  });
  nats.ready().then(
    (nc) => {
      if (closed) return;
      for (const subject of typeof subjects === 'string' ? [subjects] : subjects) {
        subscriptions.push(
          nc.subscribe(subject, {
            callback: (error, message) => {
              if (error) return queue.fail(error);
              let value: T;
              try {
                value = options.decode(message.data);
              } catch {
                return;
              }
              if (!options.filter || options.filter(value)) queue.push(value);
            },
          }),
        );
      }
    },
    (error: unknown) => queue.fail(error),
  );
  return queue;
}
