import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { AuditOutboxEntry } from './audit-outbox.entity';

/** Where outbox rows go: identity's audit log today, the `audit.*` NATS subjects later. */
export type AuditSink = (entries: readonly AuditOutboxEntry[]) => Promise<void>;

export interface AuditRelayOptions {
  readonly orm: MikroORM;
  readonly sink: AuditSink;
  readonly logger: Logger;
  readonly intervalMs: number;
  readonly batchSize?: number;
}

interface Row {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_roles: string[];
  via_service: string;
  action: AuditOutboxEntry['action'];
  entity_type: string;
  entity_ids: string[];
  correlation_id: string;
  attempts: number;
}

/**
 * Delivers audit outbox rows at least once, off the request path. Rows are
 * claimed with `FOR UPDATE SKIP LOCKED`, so several replicas share the work
 * without sending a row twice at the same time; the receiver deduplicates by
 * id, so a crash between delivery and marking costs a duplicate, never a loss.
 * Failed batches are retried with exponential backoff (at most 5 minutes).
 */
export function startAuditRelay(options: AuditRelayOptions): { stop(): Promise<void>; drain(): Promise<number> } {
  const batchSize = options.batchSize ?? 200;
  let running: Promise<number> | null = null;
  let stopped = false;

  const deliverBatch = async (): Promise<number> => {
    const em = options.orm.em.fork();
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const rows = await connection.execute<Row[]>(
        `select id, occurred_at, actor_user_id, actor_roles, via_service, action, entity_type, entity_ids, correlation_id, attempts
           from audit_outbox
          where delivered_at is null and next_attempt_at <= now()
          order by occurred_at
          limit ${batchSize}
          for update skip locked`,
        [],
        'all',
        tx.getTransactionContext(),
      );
      if (!rows.length) return 0;
      const ids = rows.map((row) => row.id);
      try {
        await options.sink(rows.map(toEntry));
      } catch (error) {
        options.logger.warn({ err: error, count: rows.length }, 'audit delivery failed; will retry');
        await connection.execute(
          `update audit_outbox set attempts = attempts + 1,
                  next_attempt_at = now() + least(interval '5 minutes', interval '1 second' * power(2, attempts))
            where id in (?)`,
          [ids],
          'run',
          tx.getTransactionContext(),
        );
        return 0;
      }
      await connection.execute(`update audit_outbox set delivered_at = now() where id in (?)`, [ids], 'run', tx.getTransactionContext());
      return rows.length;
    });
  };

  /** Delivers until nothing is due; one pass at a time per process. */
  const drain = (): Promise<number> =>
    (running ??= (async () => {
      let total = 0;
      try {
        for (let n = await deliverBatch(); n > 0 && !stopped; n = await deliverBatch()) total += n;
      } catch (error) {
        options.logger.error({ err: error }, 'audit relay pass failed');
      } finally {
        running = null;
      }
      return total;
    })());

  const timer = setInterval(() => void drain(), options.intervalMs);
  timer.unref();
  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

function toEntry(row: Row): AuditOutboxEntry {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    actorUserId: row.actor_user_id,
    actorRoles: row.actor_roles,
    viaService: row.via_service,
    action: row.action,
    entityType: row.entity_type,
    entityIds: row.entity_ids,
    correlationId: row.correlation_id,
    deliveredAt: null,
    attempts: row.attempts,
    nextAttemptAt: new Date(),
  };
}
