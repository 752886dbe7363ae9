import { Counter, Histogram } from 'prom-client';
import type { ServiceMetrics } from '@telemed/observability/metrics';

/** What the event backbone reports on a service's `/metrics`. */
export interface EventMetrics {
  readonly published: Counter<'type' | 'duplicate'>;
  /** Seconds from an outbox row's commit to JetStream's acknowledgement. */
  readonly outboxLag: Histogram;
  readonly handled: Counter<'consumer' | 'type' | 'outcome'>;
}

export function createEventMetrics(metrics: ServiceMetrics): EventMetrics {
  const registers = [metrics.registry];
  return {
    published: new Counter({
      name: 'events_published_total',
      help: 'Outbox events published to JetStream, by type; duplicate=true when JetStream had it already',
      labelNames: ['type', 'duplicate'],
      registers,
    }),
    outboxLag: new Histogram({
      name: 'events_outbox_lag_seconds',
      help: 'Time from recording an event in the outbox to its publication',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
    handled: new Counter({
      name: 'events_handled_total',
      help: 'Events handled by consumers, by outcome (processed, duplicate, failed)',
      labelNames: ['consumer', 'type', 'outcome'],
      registers,
    }),
  };
}
