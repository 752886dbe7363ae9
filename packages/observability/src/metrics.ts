import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics for one service, served at `/metrics`. One registry per
 * process keeps the service's metrics apart from anything a library registers.
 */
export interface ServiceMetrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'route' | 'status'>;
  readonly httpDuration: Histogram<'route'>;
  readonly sqlQueries: Counter<'table' | 'origin'>;
}

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests served, by route and status code',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration in seconds, by route',
      labelNames: ['route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    sqlQueries: new Counter({
      name: 'sql_queries_total',
      help: 'SQL statements sent to PostgreSQL, by the first table they read or write and by origin (request: through the gateway; service: another service calling; event, outbox, worker, internal)',
      labelNames: ['table', 'origin'],
      registers: [registry],
    }),
  };
}
