import { z } from 'zod';
import { TRACEPARENT_PATTERN, TRACESTATE_MAX_LENGTH } from '@telemed/observability/trace-context';
import type { CurrentVersion, EventData, EventType, EventVersion } from './catalogue/index';

/**
 * What travels on the bus, whatever the event: who and what caused it, and
 * its `data`, whose shape the catalogue defines per type and version.
 */
export interface EventEnvelope<
  T extends EventType = EventType,
  V extends EventVersion<T> = CurrentVersion<T>,
> {
  /** Unique per event; JetStream de-duplicates on it and consumers record it as processed. */
  readonly event_id: string;
  readonly event_type: T;
  readonly event_version: V;
  /** When the state change happened (ISO-8601, UTC), not when it was published. */
  readonly timestamp: string;
  /** The subgraph that recorded it. */
  readonly source_service: string;
  /** The correlation ID of the request (or event) that caused it. */
  readonly correlation_id: string;
  /** The user whose request caused it, when there was one. */
  readonly user_id?: string;
  readonly data: EventData<T, V>;
  readonly metadata?: Readonly<Record<string, unknown>>;
  /**
   * W3C trace context of the span that recorded the event, when tracing was
   * on: consumers handle the event in a child span of it, so a request and
   * everything its events cause form one trace.
   */
  readonly traceparent?: string;
  readonly tracestate?: string;
}

/** Any catalogued event at its current version, discriminated by `event_type`. */
export type AnyEventEnvelope<T extends EventType = EventType> = { [K in T]: EventEnvelope<K> }[T];

/** The envelope's own fields; `data` is checked against the catalogue separately. */
export const envelopeSchema = z.strictObject({
  event_id: z.uuid(),
  event_type: z.string().regex(/^[a-z]+\.[a-z_]+$/, 'must be <domain>.<action>'),
  event_version: z.int().positive(),
  timestamp: z.iso.datetime(),
  source_service: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  correlation_id: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/),
  user_id: z.string().min(1).max(128).optional(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()).optional(),
  traceparent: z.string().regex(TRACEPARENT_PATTERN, 'must be a W3C traceparent').optional(),
  tracestate: z.string().max(TRACESTATE_MAX_LENGTH).optional(),
});
