import {
  AckPolicy,
  DeliverPolicy,
  ReplayPolicy,
  type ConsumerConfig,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { Logger } from '@telemed/observability/logger';
import { contextFromCarrier, inSpan } from '@telemed/observability/trace-context';
import { definitionOf, domainOf, type EventType } from './catalogue/index';
import type { EventBus } from './bus';
import { publishDeadLetter } from './dead-letter';
import type { AnyEventEnvelope } from './envelope';
import { afterFailure, type RetryPolicy } from './retry';
import { isNotFound } from './streams';
import { aggregateIdOf, validateEvent } from './validate';

/** What a handler learns about the delivery besides the event. */
export interface Delivery {
  /** 1 on the first delivery, 2 on the first retry, ... */
  readonly attempt: number;
  /** Bound to the event's correlation ID, type, id and the consumer's name. */
  readonly logger: Logger;
}

export interface ConsumerSpec {
  /** Durable name (per namespace and domain stream): lower-case letters, digits and dashes. */
  readonly name: string;
  readonly types: readonly EventType[];
  /**
   * Handles one event (at its current catalogue version). Resolving acks it;
   * throwing retries it with backoff, and files it as a dead letter after
   * `retry.maxAttempts` deliveries. Events arrive at least once: handlers
   * must be idempotent (the subgraph kit records processed event IDs).
   */
  readonly handle: (event: AnyEventEnvelope, delivery: Delivery) => Promise<void>;
  readonly retry: RetryPolicy;
  /** Unacknowledged this long, a delivery is given to another consumer; a running handler keeps extending it. */
  readonly ackWaitMs: number;
  /**
   * Events handled at once (default 8). Events of one aggregate are always
   * handled one after the other, in stream order.
   */
  readonly concurrency?: number;
  readonly logger: Logger;
}

export interface RunningConsumer {
  /** Stops pulling, lets the events being handled finish. */
  stop(): Promise<void>;
}

/**
 * Runs a durable, explicitly acknowledged pull consumer per domain stream the
 * spec's types live on. Up to `concurrency` events are handled at once, those
 * of one aggregate one after the other in stream order; a failing one is
 * nak'ed with a delay, so those behind it go on.
 */
export async function startConsumer(bus: EventBus, spec: ConsumerSpec): Promise<RunningConsumer> {
  const byDomain = new Map<string, EventType[]>();
  for (const type of spec.types)
    byDomain.set(domainOf(type), [...(byDomain.get(domainOf(type)) ?? []), type]);
  const wanted = new Set<string>(spec.types);
  const concurrency = Math.max(1, spec.concurrency ?? 8);
  const open = new Set<ConsumerMessages>();
  let stopped = false;

  for (const [domain, types] of byDomain) await ensureDurable(bus, spec, domain, types);

  const loop = async (domain: string) => {
    const stream = bus.names.stream(domain);
    const durable = bus.names.durable(spec.name, domain);
    while (!stopped) {
      try {
        const consumer = await bus.js.consumers.get(stream, durable);
        // Pull little ahead: a message waiting in the client's buffer gets no
        // working() and its ack wait runs.
        const messages = await consumer.consume({ max_messages: concurrency * 2 });
        open.add(messages);
        if (stopped) await messages.close();
        const lanes = new AggregateLanes(concurrency);
        try {
          for await (const msg of messages) {
            await lanes.run(laneOf(msg), () => handleMessage(bus, spec, wanted, msg));
            if (stopped) break;
          }
        } finally {
          await lanes.drain();
          open.delete(messages);
        }
      } catch (error) {
        if (!stopped)
          spec.logger.warn({ err: error, consumer: spec.name, domain }, 'consumer interrupted; resuming');
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  };
  const loops = [...byDomain.keys()].map(loop);
  spec.logger.info({ consumer: spec.name, types: spec.types }, 'consumer started');

  return {
    async stop() {
      stopped = true;
      await Promise.allSettled([...open].map((messages) => messages.close()));
      await Promise.allSettled(loops);
    },
  };
}

/**
 * Runs tasks with bounded concurrency, one lane per aggregate: a task waits
 * for the previous task of its lane, so an aggregate's events are handled in
 * stream order while other aggregates' go on beside them.
 */
export class AggregateLanes {
  private readonly lanes = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly concurrency: number) {}

  /** Starts `task` in its lane; resolves once there is room for the next one. */
  async run(lane: string, task: () => Promise<void>): Promise<void> {
    const previous = this.lanes.get(lane) ?? Promise.resolve();
    const current = previous.then(task, task).catch(() => undefined);
    this.lanes.set(lane, current);
    this.running.add(current);
    void current.finally(() => {
      this.running.delete(current);
      if (this.lanes.get(lane) === current) this.lanes.delete(lane);
    });
    while (this.running.size >= this.concurrency) await Promise.race(this.running);
  }

  /** Waits for every task started. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

/** The aggregate a message belongs to, read cheaply; malformed ones share one lane. */
function laneOf(msg: JsMsg): string {
  try {
    const value = JSON.parse(new TextDecoder().decode(msg.data)) as { event_type?: unknown; data?: unknown };
    if (typeof value.event_type === 'string' && value.data && typeof value.data === 'object') {
      return aggregateIdOf({ event_type: value.event_type, data: value.data as Record<string, unknown> });
    }
  } catch {
    // handleMessage files it as a dead letter.
  }
  return 'malformed';
}

async function ensureDurable(
  bus: EventBus,
  spec: ConsumerSpec,
  domain: string,
  types: readonly string[],
): Promise<void> {
  const stream = bus.names.stream(domain);
  const durable = bus.names.durable(spec.name, domain);
  const config: Partial<ConsumerConfig> = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    // One type: its subject; several: the domain, and the others are acked unseen.
    filter_subject: types.length === 1 ? bus.names.subject(types[0]!) : bus.names.streamSubjects(domain),
    ack_wait: nanos(spec.ackWaitMs),
    // Attempts are counted here, not by the server, so a message that keeps
    // failing is filed as a dead letter with its error instead of dropped.
    max_deliver: -1,
    max_ack_pending: 1_000,
  };
  const existing = await bus.jsm.consumers.info(stream, durable).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (!existing) {
    await bus.jsm.consumers.add(stream, config);
    return;
  }
  if (existing.config.filter_subject !== config.filter_subject) {
    // Servers before 2.10 cannot change a durable's filter: start it again. Handlers are idempotent.
    spec.logger.warn(
      { durable, from: existing.config.filter_subject, to: config.filter_subject },
      'consumer filter changed; recreating it',
    );
    await bus.jsm.consumers.delete(stream, durable);
    await bus.jsm.consumers.add(stream, config);
    return;
  }
  if (existing.config.ack_wait !== config.ack_wait) {
    await bus.jsm.consumers.update(stream, durable, { ack_wait: config.ack_wait });
  }
}

async function handleMessage(
  bus: EventBus,
  spec: ConsumerSpec,
  wanted: ReadonlySet<string>,
  msg: JsMsg,
): Promise<void> {
  const attempt = msg.info.deliveryCount;
  const payload = new TextDecoder().decode(msg.data);
  const base = { consumer: spec.name, stream: msg.info.stream, seq: msg.info.streamSequence, attempt };

  let event: AnyEventEnvelope;
  try {
    event = validateEvent(JSON.parse(payload), { strict: false });
  } catch (error) {
    // No retry makes a malformed message well formed.
    spec.logger.error({ ...base, err: error }, 'malformed event; filing it as a dead letter');
    await deadLetter(bus, spec, msg, payload, errorText(error), attempt, undefined);
    return;
  }
  if (!wanted.has(event.event_type) || !isCurrent(event)) {
    // Another type sharing the domain filter, or a version this consumer does not read (see docs/events.md).
    msg.ack();
    return;
  }
  const logger = spec.logger.child({
    correlationId: event.correlation_id,
    ...(event.user_id ? { userId: event.user_id } : {}),
    eventId: event.event_id,
    eventType: event.event_type,
    consumer: spec.name,
    attempt,
  });
  if (attempt > spec.retry.maxAttempts) {
    // Earlier deliveries never came back (the process died while handling it).
    await deadLetter(
      bus,
      spec,
      msg,
      payload,
      `gave up after ${attempt - 1} deliveries that were never acknowledged`,
      attempt - 1,
      event,
    );
    return;
  }

  // The handling is a child of the span that recorded the event (its envelope's
  // trace context), so the request and what its events cause are one trace.
  const attributes = {
    'messaging.system': 'nats',
    'messaging.operation.type': 'process',
    'messaging.destination.name': msg.subject,
    'messaging.consumer.group.name': spec.name,
    'messaging.message.id': event.event_id,
    'telemed.event.attempt': attempt,
  };
  await inSpan(`process ${event.event_type}`, { kind: SpanKind.CONSUMER, parent: contextFromCarrier(event), attributes }, async (span) => {
    // Tell the server we are still at it, so a slow handler is not redelivered meanwhile.
    const keepAlive = setInterval(() => msg.working(), Math.max(spec.ackWaitMs / 3, 100));
    try {
      await spec.handle(event, { attempt, logger });
      clearInterval(keepAlive);
      await msg
        .ackAck()
        .catch((error: unknown) => logger.warn({ err: error }, 'ack not confirmed; the event may come again'));
      logger.debug('event handled');
    } catch (error) {
      clearInterval(keepAlive);
      span.recordException(error instanceof Error ? { name: error.name, message: error.message } : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      const next = afterFailure(spec.retry, attempt);
      if (next.action === 'retry') {
        logger.warn({ err: error, retryInMs: next.delayMs }, 'event handler failed; will retry');
        msg.nak(next.delayMs);
      } else {
        logger.error({ err: error }, 'event handler failed on its last attempt; filing it as a dead letter');
        await deadLetter(bus, spec, msg, payload, errorText(error), attempt, event);
      }
    }
  });
}

function isCurrent(event: AnyEventEnvelope): boolean {
  return event.event_version === definitionOf(event.event_type).current;
}

async function deadLetter(
  bus: EventBus,
  spec: ConsumerSpec,
  msg: JsMsg,
  payload: string,
  error: string,
  attempts: number,
  event: AnyEventEnvelope | undefined,
): Promise<void> {
  try {
    await publishDeadLetter(bus.js, bus.names, {
      consumer: spec.name,
      stream: msg.info.stream,
      stream_sequence: msg.info.streamSequence,
      subject: msg.subject,
      ...(event
        ? { event_id: event.event_id, event_type: event.event_type, correlation_id: event.correlation_id }
        : {}),
      error,
      attempts,
      failed_at: new Date().toISOString(),
      payload,
    });
    msg.term(error.slice(0, 200));
  } catch (publishError) {
    // Keep the message: it comes back, and filing it is tried again.
    spec.logger.error({ err: publishError, consumer: spec.name }, 'could not file a dead letter; will retry');
    msg.nak(spec.retry.backoffMs[0] ?? 1_000);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
