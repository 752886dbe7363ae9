import { randomUUID } from 'node:crypto';
import type { TraceCarrier } from '@telemed/observability/trace-context';
import {
  catalogue,
  definitionOf,
  isEventType,
  type CurrentVersion,
  type EventData,
  type EventType,
  type EventVersion,
} from './catalogue/index';
import { envelopeSchema, type AnyEventEnvelope, type EventEnvelope } from './envelope';
import { EventValidationError } from './errors';

export type { EventEnvelope };

/** What a producer says; the rest of the envelope is filled in by `createEvent`. */
export interface NewEvent<T extends EventType, V extends EventVersion<T> = CurrentVersion<T>> {
  readonly type: T;
  readonly data: EventData<T, V>;
  /** Defaults to the catalogue's current version of `type`. */
  readonly version?: V;
  readonly source: string;
  readonly correlationId: string;
  readonly userId?: string | null;
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** When the change happened; defaults to now. */
  readonly at?: Date;
  /** The trace the event belongs to (`currentTraceCarrier()`); empty while tracing is off. */
  readonly trace?: TraceCarrier;
}

/** Builds a complete envelope and validates it against the catalogue; throws `EventValidationError`. */
export function createEvent<T extends EventType, V extends EventVersion<T> = CurrentVersion<T>>(
  event: NewEvent<T, V>,
): EventEnvelope<T, V> {
  const envelope = {
    event_id: randomUUID(),
    event_type: event.type,
    event_version: event.version ?? catalogue[event.type].current,
    timestamp: (event.at ?? new Date()).toISOString(),
    source_service: event.source,
    correlation_id: event.correlationId,
    ...(event.userId ? { user_id: event.userId } : {}),
    data: event.data,
    ...(event.metadata ? { metadata: event.metadata } : {}),
    ...(event.trace?.traceparent ? { traceparent: event.trace.traceparent } : {}),
    ...(event.trace?.traceparent && event.trace.tracestate ? { tracestate: event.trace.tracestate } : {}),
  };
  return validateEvent(envelope, { strict: true }) as unknown as EventEnvelope<T, V>;
}

/**
 * Checks an envelope and its `data` against the catalogue and returns it
 * parsed. `strict` (producers) refuses fields the schema does not know, so
 * the catalogue stays the contract; consumers parse leniently, so a producer
 * that adds an optional field does not break consumers that predate it.
 */
export function validateEvent(value: unknown, options: { strict: boolean }): AnyEventEnvelope {
  const envelope = envelopeSchema.safeParse(options.strict ? value : withoutBadTraceContext(value));
  if (!envelope.success) throw EventValidationError.fromZod('Event envelope', envelope.error, '');
  const { event_type: type, event_version: version } = envelope.data;
  if (!isEventType(type)) {
    throw new EventValidationError(`Event "${type}"`, [
      { path: 'event_type', message: `"${type}" is not in the event catalogue` },
    ]);
  }
  const schema = definitionOf(type).versions[version];
  if (!schema) {
    const known = Object.keys(definitionOf(type).versions).join(', ');
    throw new EventValidationError(`Event "${type}" v${version}`, [
      { path: 'event_version', message: `version ${version} is not catalogued (known: ${known})` },
    ]);
  }
  const data = (options.strict ? schema.strict() : schema).safeParse(envelope.data.data);
  if (!data.success) throw EventValidationError.fromZod(`Event "${type}" v${version}`, data.error, 'data');
  return { ...envelope.data, data: data.data } as unknown as AnyEventEnvelope;
}

/**
 * Trace context is advisory: a consumer handles an event whose trace fields
 * are malformed (in a trace of its own) rather than filing it as a dead letter.
 */
function withoutBadTraceContext(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('traceparent' in value || 'tracestate' in value)) return value;
  const { traceparent, tracestate, ...rest } = value as Record<string, unknown>;
  const parsed = envelopeSchema.shape.traceparent.safeParse(traceparent);
  if (!parsed.success || traceparent === undefined) return rest;
  const state = envelopeSchema.shape.tracestate.safeParse(tracestate);
  return { ...rest, traceparent, ...(state.success && tracestate !== undefined && { tracestate }) };
}

/** The id of the aggregate an event belongs to (its ordering key), e.g. `data.payment_id`. */
export function aggregateIdOf(envelope: {
  event_type: string;
  data: Readonly<Record<string, unknown>>;
}): string {
  if (!isEventType(envelope.event_type)) return envelope.event_type;
  const value = envelope.data[definitionOf(envelope.event_type).aggregate];
  return typeof value === 'string' ? value : envelope.event_type;
}
