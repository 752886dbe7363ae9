import type { ServiceClient } from '@telemed/service-client/service-client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { EventBus } from '@telemed/event-bus/bus';
import { startConsumer, type RunningConsumer } from '@telemed/event-bus/consumer';
import type { EventType } from '@telemed/event-bus/catalogue/index';
import type { AnyEventEnvelope } from '@telemed/event-bus/envelope';
import type { RetryPolicy } from '@telemed/event-bus/retry';
import { typesOf, type ConsumerDefinition, type EventHandler } from './consumer-definition';
import type { EventMetrics } from './event-metrics';
import { execute } from '../sql';

export interface KitConsumerOptions {
  readonly bus: EventBus;
  readonly orm: MikroORM;
  readonly service: string;
  readonly definition: ConsumerDefinition;
  readonly retry: RetryPolicy;
  readonly ackWaitMs: number;
  readonly logger: Logger;
  readonly metrics: EventMetrics;
  readonly services: ServiceClient;
}

/**
 * Runs a declared consumer on the bus. Each event is handled in one
 * transaction that first inserts its `processed_event` row: when the row is
 * already there the event was handled before and is skipped; when the
 * handler throws, both roll back and the bus retries.
 */
export function runKitConsumer(options: KitConsumerOptions): Promise<RunningConsumer> {
  const { definition, orm, service, metrics } = options;
  return startConsumer(options.bus, {
    name: definition.name,
    types: typesOf(definition),
    retry: { ...options.retry, ...definition.retry },
    ackWaitMs: options.ackWaitMs,
    logger: options.logger,
    handle: async (event: AnyEventEnvelope, delivery) => {
      const handler = definition.on[event.event_type] as EventHandler<EventType> | undefined;
      if (!handler) return;
      const labels = { consumer: definition.name, type: event.event_type };
      try {
        const outcome = await orm.em
          .fork({ loggerContext: { correlationId: event.correlation_id, origin: 'event' } })
          .transactional(async (em) => {
            const inserted = await execute<{ event_id: string }[]>(
              em,
              'insert into processed_event (event_id, consumer, event_type, processed_at) values (?, ?, ?, now()) on conflict do nothing returning event_id',
              [event.event_id, definition.name, event.event_type],
            );
            if (inserted.length === 0) return 'duplicate' as const;
            await handler(event as never, {
              em,
              logger: delivery.logger,
              attempt: delivery.attempt,
              services: options.services,
              origin: {
                subgraph: service,
                correlationId: event.correlation_id,
                caller: event.user_id ? { userId: event.user_id } : null,
              },
            });
            return 'processed' as const;
          });
        if (outcome === 'duplicate') delivery.logger.info('event already processed; skipped');
        else delivery.logger.info('event processed');
        metrics.handled.inc({ ...labels, outcome });
      } catch (error) {
        metrics.handled.inc({ ...labels, outcome: 'failed' });
        throw error;
      }
    },
  });
}
