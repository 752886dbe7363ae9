import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import type { AnyEventEnvelope } from './envelope';
import type { BusNames } from './names';
import { validateEvent } from './validate';

export const EVENT_HEADERS = {
  type: 'Telemed-Event-Type',
  version: 'Telemed-Event-Version',
  correlation: 'X-Correlation-Id',
} as const;

export interface PublishOptions {
  /** How long to wait for JetStream's acknowledgement. */
  readonly timeoutMs?: number;
  /** `Nats-Msg-Id`; defaults to the event_id. Only a replay uses another. */
  readonly msgId?: string;
}

/**
 * Publishes catalogued events to JetStream. Every event is validated first
 * (an invalid one never reaches the wire) and sent with `Nats-Msg-Id =
 * event_id`, so a second publish of the same event is acknowledged as a
 * duplicate and stored once.
 */
export class EventPublisher {
  constructor(
    private readonly js: JetStreamClient,
    private readonly names: BusNames,
  ) {}

  async publish(envelope: unknown, options: PublishOptions = {}): Promise<PubAck> {
    const event = validateEvent(envelope, { strict: true });
    return this.publishValidated(event, options);
  }

  /** For envelopes already validated (the outbox relay validated them when they were recorded). */
  publishValidated(event: AnyEventEnvelope, options: PublishOptions = {}): Promise<PubAck> {
    const h = headers();
    h.set(EVENT_HEADERS.type, event.event_type);
    h.set(EVENT_HEADERS.version, String(event.event_version));
    h.set(EVENT_HEADERS.correlation, event.correlation_id);
    return this.js.publish(this.names.subject(event.event_type), JSON.stringify(event), {
      msgID: options.msgId ?? event.event_id,
      headers: h,
      timeout: options.timeoutMs ?? 5_000,
    });
  }
}
