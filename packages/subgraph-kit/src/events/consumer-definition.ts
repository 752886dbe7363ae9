import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { EventType } from '@telemed/event-bus/catalogue/index';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import type { RetryPolicy } from '@telemed/event-bus/retry';
import type { EventOrigin } from './record-event';

/** What a handler gets besides the event. */
export interface EventContext {
  /** Inside the transaction that also records the event as processed: write through it. */
  readonly em: EntityManager;
  /** Bound to the event's correlation ID, id and type, and the consumer. */
  readonly logger: Logger;
  readonly attempt: number;
  /** Pass to `recordEvent` so follow-up events keep the cause's correlation ID and user. */
  readonly origin: EventOrigin;
  /** Calls other services in this service's name (the event's correlation ID travels on when passed). */
  readonly services: ServiceClient;
}

export type EventHandler<T extends EventType> = (
  event: EventEnvelope<T>,
  context: EventContext,
) => Promise<void>;

export type EventHandlers = { readonly [K in EventType]?: EventHandler<K> };

/**
 * A durable consumer a subgraph declares in its definition
 * (`events.consumers`). The kit runs it while the subgraph runs: each event
 * in its own transaction together with its `processed_event` row, retried
 * with backoff, filed as a dead letter when it keeps failing.
 */
export interface ConsumerDefinition {
  /** Unique within the subgraph; the durable is `<namespace>_<name>_<domain>`. */
  readonly name: string;
  readonly on: EventHandlers;
  /** Overrides the environment's policy (EVENT_MAX_ATTEMPTS, EVENT_BACKOFF_MS). */
  readonly retry?: Partial<RetryPolicy>;
}

/** Keeps each handler typed by its event type. */
export function defineConsumer(definition: ConsumerDefinition): ConsumerDefinition {
  return definition;
}

export function typesOf(definition: ConsumerDefinition): EventType[] {
  return (Object.keys(definition.on) as EventType[]).filter((type) => definition.on[type]);
}
