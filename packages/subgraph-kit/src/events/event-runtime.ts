import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceMetrics } from '@telemed/observability/metrics';
import type { ServiceClient } from '@telemed/service-client/service-client';
import { createEventBus, type EventBus } from '@telemed/event-bus/bus';
import type { RunningConsumer } from '@telemed/event-bus/consumer';
import { defaultStreamSettings } from '@telemed/event-bus/streams';
import type { SubgraphDefinition } from '../definition';
import type { SubgraphEnv } from '../env';
import type { LazyNatsConnection } from '../nats-connection';
import { registerBacklogGauges } from './backlog-metrics';
import { createEventMetrics } from './event-metrics';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxRelay } from './outbox-relay';
import { runKitConsumer } from './run-consumer';

export interface EventRuntime {
  /** Readiness: streams ensured and consumers running. */
  check(): Promise<void>;
  close(): Promise<void>;
}

export interface EventRuntimeOptions {
  readonly definition: Pick<SubgraphDefinition, 'name' | 'events'>;
  readonly orm: MikroORM;
  readonly nats: LazyNatsConnection;
  readonly env: SubgraphEnv;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /** Handed to consumers, for the calls an event's handling needs. */
  readonly services: ServiceClient;
}

/**
 * The event side of a subgraph process: once NATS answers, make sure the
 * namespace's streams exist, start the outbox relay (when the subgraph
 * produces events) and its declared consumers. Nothing here blocks start-up:
 * while NATS is away, mutations still commit and their events wait in the
 * outbox.
 */
export function startEventRuntime(options: EventRuntimeOptions): EventRuntime {
  const { definition, orm, nats, env } = options;
  const logger = options.logger.child({ component: 'events' });
  const produces = definition.events?.produces ?? [];
  const consumers = definition.events?.consumers ?? [];
  const metrics = createEventMetrics(options.metrics);
  let bus: EventBus | null = null;
  let ready = false;
  let closed = false;
  const running: RunningConsumer[] = [];
  registerBacklogGauges({
    registry: options.metrics.registry,
    orm,
    produces: produces.length > 0,
    consumers: consumers.map((c) => c.name),
    bus: () => bus,
  });

  const relay = produces.length
    ? new OutboxRelay({
        orm,
        publisher: () => bus?.publisher ?? null,
        connected: () => nats.isConnected(),
        logger,
        metrics,
        pollMs: env.outboxPollMs,
      })
    : null;
  if (relay) {
    // Publish right after a commit that wrote to the outbox, not at the next poll.
    let pending = false;
    orm.em.getEventManager().registerSubscriber({
      getSubscribedEntities: () => [OutboxEvent],
      afterCreate: () => void (pending = true),
      afterTransactionCommit: () => {
        if (pending) relay.kick();
        pending = false;
      },
    });
    relay.start();
  }

  const start = async () => {
    const connection = await nats.ready();
    for (let attempt = 1; !closed; attempt++) {
      try {
        bus = await createEventBus(connection, {
          namespace: env.eventNamespace,
          streams: { ...defaultStreamSettings, replicas: env.eventStreamReplicas },
        });
        await bus.ensureStreams();
        for (const consumer of consumers) {
          running.push(
            await runKitConsumer({
              bus,
              orm,
              service: definition.name,
              definition: consumer,
              retry: { maxAttempts: env.eventMaxAttempts, backoffMs: env.eventBackoffMs },
              ackWaitMs: env.eventAckWaitMs,
              logger,
              metrics,
              services: options.services,
            }),
          );
        }
        ready = true;
        relay?.kick();
        logger.info(
          { namespace: env.eventNamespace, produces, consumers: consumers.map((c) => c.name) },
          'event bus ready',
        );
        return;
      } catch (error) {
        logger.warn({ err: error, attempt }, 'event bus not ready yet; retrying');
        await Promise.allSettled(running.splice(0).map((c) => c.stop()));
        await new Promise((resolve) => setTimeout(resolve, Math.min(attempt, 5) * 1_000));
      }
    }
  };
  // A server that came back without its store (a fresh container) needs the streams again.
  nats.onReconnect(() => {
    if (bus && !closed)
      bus
        .ensureStreams()
        .catch((error: unknown) =>
          logger.warn({ err: error }, 'could not re-check streams after reconnecting'),
        );
    relay?.kick();
  });
  const starting = produces.length || consumers.length ? start() : Promise.resolve();

  return {
    async check() {
      if (!produces.length && !consumers.length) return;
      if (!ready) throw new Error('event bus not ready');
    },
    async close() {
      closed = true;
      await relay?.stop();
      await Promise.allSettled(running.map((c) => c.stop()));
      await Promise.race([starting, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    },
  };
}
