import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceMetrics } from '@telemed/observability/metrics';

const FIRST_TABLE = /\b(?:from|into|update|join)\s+"?(?:[a-z0-9_]+"?\.)?"?([a-z0-9_]+)"?/i;

/** The first table an SQL statement names, or `other` (BEGIN, COMMIT, ...). */
export function tableOf(sql: string): string {
  return FIRST_TABLE.exec(sql)?.[1] ?? 'other';
}

/**
 * Who sent a statement, from the fork's logger context: requests (forks with
 * a correlation ID; `service` when another service called), event handlers, the outbox relay, background workers, or
 * the ORM itself (migrations, readiness). Per-request SQL counts leave out
 * the background work that runs meanwhile.
 */
export function originOf(context: LogContext): string {
  if (typeof context.origin === 'string') return context.origin;
  return context.correlationId ? 'request' : 'internal';
}

/**
 * MikroORM logger that counts every statement per table (the metric tests and
 * dashboards read to prove batching) and writes statements as JSON debug lines
 * carrying the request's correlation ID from the fork's logger context.
 */
export class SqlCountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly metrics: ServiceMetrics,
    private readonly logger: Logger,
  ) {
    super(options);
  }

  /**
   * Never `query-params`, whatever the ORM's `debug` option says: with it
   * MikroORM inlines the values into the statement it logs, and values are
   * names, dates of birth, notes (docs/security.md#phi-in-logs-and-events).
   */
  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace !== 'query-params' && super.isEnabled(namespace, context);
  }

  /** Logs the statement with placeholders and its timing; `context.params` (the values) never. */
  override logQuery(context: { query: string } & LogContext): void {
    this.metrics.sqlQueries.inc({ table: tableOf(context.query), origin: originOf(context) });
    if (this.logger.isLevelEnabled('debug')) {
      this.logger.debug({ correlationId: context.correlationId, sql: context.query, took: context.took }, 'sql');
    }
  }
}
