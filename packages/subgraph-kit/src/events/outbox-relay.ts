import { SpanKind } from '@opentelemetry/api';
import type { MikroORM } from '@mikro-orm/postgresql';
import { contextFromCarrier, inSpan } from '@telemed/observability/trace-context';
import type { Logger } from '@telemed/observability/logger';
import type { AnyEventEnvelope } from '@telemed/event-bus/envelope';
import type { EventPublisher } from '@telemed/event-bus/publisher';
import type { EventMetrics } from './event-metrics';
import { execute } from '../sql';

export interface OutboxRelayOptions {
  readonly orm: MikroORM;
  /** The publisher once the bus is up; null while it is not. */
  readonly publisher: () => EventPublisher | null;
  /** False while NATS is away: publishing then would only queue in the client and time out. */
  readonly connected: () => boolean;
  readonly logger: Logger;
  readonly metrics: EventMetrics;
  /** Safety-net poll: rows committed by other replicas, or while NATS was away. */
  readonly pollMs: number;
  readonly batchSize?: number;
}

interface PendingRow {
  id: string;
  envelope: AnyEventEnvelope;
  created_at: Date;
}

/**
 * Publishes outbox rows to JetStream and marks them sent. Each round claims,
 * with `FOR UPDATE SKIP LOCKED`, the oldest unsent row of each aggregate
 * whose earlier rows are all sent: replicas never take the same row, and no
 * replica can publish an aggregate's second event while another still holds
 * its first. A row published but not marked (crash, lost commit) is
 * published again with the same `Nats-Msg-Id`, which JetStream drops.
 */
export class OutboxRelay {
  private stopped = false;
  private wake: (() => void) | null = null;
  private kicked = false;
  private loop: Promise<void> | null = null;
  private readonly batchSize: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Something was committed to the outbox: look now rather than at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  /** One round; returns how many events were published. Exposed for tests and tools. */
  async publishPending(): Promise<number> {
    const publisher = this.options.publisher();
    if (!publisher || !this.options.connected()) return 0;
    const em = this.options.orm.em.fork({ loggerContext: { origin: 'outbox' } });
    return em.transactional(async (tx) => {
      const rows = await execute<PendingRow[]>(
        tx,
        `select o.id, o.envelope, o.created_at
           from outbox_event o
          where o.sent_at is null
            and not exists (select 1 from outbox_event p
                             where p.aggregate_id = o.aggregate_id and p.sent_at is null and p.id < o.id)
          order by o.id
          limit ?
          for update of o skip locked`,
        [this.batchSize],
      );
      const sent: string[] = [];
      for (const row of rows) {
        try {
          // A sibling of the handling spans, under the span that recorded the event.
          const ack = await inSpan(
            `publish ${row.envelope.event_type}`,
            {
              kind: SpanKind.PRODUCER,
              parent: contextFromCarrier(row.envelope),
              attributes: {
                'messaging.system': 'nats',
                'messaging.operation.type': 'send',
                'messaging.message.id': row.envelope.event_id,
              },
            },
            () => publisher.publishValidated(row.envelope, { timeoutMs: 3_000 }),
          );
          sent.push(row.id);
          this.options.metrics.published.inc({
            type: row.envelope.event_type,
            duplicate: String(ack.duplicate),
          });
          this.options.metrics.outboxLag.observe((Date.now() - new Date(row.created_at).getTime()) / 1_000);
        } catch (error) {
          // Stop here: the rows after it wait for the next round, in order.
          this.options.logger.warn(
            { err: error, eventId: row.envelope.event_id, eventType: row.envelope.event_type },
            'could not publish an outbox event; will retry',
          );
          await execute(
            tx,
            'update outbox_event set attempts = attempts + 1, last_error = ? where id = ?',
            [error instanceof Error ? error.message.slice(0, 1_000) : String(error), row.id],
            'run',
          );
          break;
        }
      }
      if (sent.length) {
        await execute(
          tx,
          `update outbox_event set sent_at = now(), attempts = attempts + 1, last_error = null where id in (${sent.map(() => '?').join(', ')})`,
          sent,
          'run',
        );
      }
      return sent.length;
    });
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.kicked = false;
      let published = 0;
      try {
        published = await this.publishPending();
      } catch (error) {
        this.options.logger.error({ err: error }, 'outbox relay round failed');
      }
      // A full or successful round may have unblocked the next event of an aggregate.
      if (published > 0 || this.kicked) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }
}
