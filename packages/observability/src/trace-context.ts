import {
  ROOT_CONTEXT,
  SpanStatusCode,
  context,
  isSpanContextValid,
  propagation,
  trace,
  type Attributes,
  type Context,
  type Span,
  type SpanKind,
} from '@opentelemetry/api';

/**
 * W3C trace context as it travels where no HTTP header can carry it: in an
 * event's envelope, in a subscription payload's extensions. Empty while
 * tracing is off (the API's propagator is a no-op then).
 */
export interface TraceCarrier {
  traceparent?: string;
  tracestate?: string;
}

/** `version-traceid-spanid-flags`, lower-case hex; anything else is dropped, never parsed further. */
export const TRACEPARENT_PATTERN = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;
export const TRACESTATE_MAX_LENGTH = 512;

const tracer = trace.getTracer('telemed');

/** The active span's context, to store beside something that is handled later or elsewhere. */
export function currentTraceCarrier(): TraceCarrier {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent && TRACEPARENT_PATTERN.test(carrier.traceparent) ? carrier : {};
}

/** The context a carrier describes (the root context when it describes none, or a malformed one). */
export function contextFromCarrier(carrier: TraceCarrier | undefined): Context {
  if (!carrier?.traceparent || !TRACEPARENT_PATTERN.test(carrier.traceparent)) return ROOT_CONTEXT;
  const clean: TraceCarrier = { traceparent: carrier.traceparent };
  if (carrier.tracestate && carrier.tracestate.length <= TRACESTATE_MAX_LENGTH) clean.tracestate = carrier.tracestate;
  return propagation.extract(ROOT_CONTEXT, clean);
}

export interface SpanOptions {
  readonly kind?: SpanKind;
  readonly attributes?: Attributes;
  /** Parent context; defaults to the active one. */
  readonly parent?: Context;
}

/**
 * Runs `work` inside a new active span and ends it: an exception marks the
 * span as failed (type and message only, which carry no request data) and
 * is rethrown. With tracing off the span is a no-op.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  const parent = options.parent ?? context.active();
  return tracer.startActiveSpan(name, { kind: options.kind, attributes: options.attributes }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Trace and span IDs of the active span, for log lines; empty outside one. */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const spanContext = span.spanContext();
  // A context without a trace (tracing suppressed, an invalid parent) has all-zero IDs: leave them out.
  if (!isSpanContextValid(spanContext)) return {};
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
