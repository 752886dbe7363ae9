import type { EntityManager } from '@mikro-orm/postgresql';
import { currentTraceCarrier } from '@telemed/observability/trace-context';
import type { CurrentVersion, EventData, EventType, EventVersion } from '@telemed/event-bus/catalogue/index';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { aggregateIdOf, createEvent } from '@telemed/event-bus/validate';
import { OutboxEvent } from './outbox-event.entity';

/** Who caused an event: a resolver's context, or the event a consumer is handling. */
export interface EventOrigin {
  /** The subgraph recording it. */
  readonly subgraph: string;
  readonly correlationId: string;
  readonly caller: { readonly userId: string } | null;
}

export interface RecordOptions<V> {
  /** Another catalogued version than the current one (to publish v2 beside v1). */
  readonly version?: V;
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** When the change happened; defaults to now. */
  readonly at?: Date;
}

/**
 * Records an event in the transactional outbox: validated against the
 * catalogue now (an invalid event throws `EventValidationError`, and the
 * transaction it was part of rolls back), written by the same flush or
 * transaction as the state change, published by the relay after commit.
 *
 *   await ctx.em.transactional(async (em) => {
 *     payment.status = 'COMPLETED';
 *     recordEvent(em, 'payment.completed', { ... }, ctx);
 *   });
 */
export function recordEvent<T extends EventType, V extends EventVersion<T> = CurrentVersion<T>>(
  em: EntityManager,
  type: T,
  data: EventData<T, V>,
  origin: EventOrigin,
  options: RecordOptions<V> = {},
): EventEnvelope<T, V> {
  const envelope = createEvent<T, V>({
    type,
    data,
    version: options.version,
    source: origin.subgraph,
    correlationId: origin.correlationId,
    userId: origin.caller?.userId,
    metadata: options.metadata,
    at: options.at,
    // The outbox keeps the recording span's context in the envelope; consumers continue the trace.
    trace: currentTraceCarrier(),
  });
  em.persist(
    em.create(OutboxEvent, {
      eventId: envelope.event_id,
      eventType: envelope.event_type,
      eventVersion: envelope.event_version,
      aggregateId: aggregateIdOf(
        envelope as unknown as { event_type: string; data: Record<string, unknown> },
      ),
      envelope: envelope as unknown as Record<string, unknown>,
      createdAt: new Date(),
      sentAt: null,
      attempts: 0,
      lastError: null,
    }),
  );
  return envelope;
}
