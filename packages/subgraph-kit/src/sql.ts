import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw SQL for repositories whose query is more than a `find` (grouped
 * statistics, upserts, `SKIP LOCKED` claims): run on the EntityManager's
 * connection, inside its transaction when it has one, and logged and counted
 * with its logger context (correlation ID, origin). Parameters are `?`.
 */
export function execute<T = Record<string, unknown>[]>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  method: 'all' | 'get' | 'run' = 'all',
): Promise<T> {
  return em
    .getConnection()
    .execute<T & object>(
      sql,
      [...params],
      method,
      em.getTransactionContext(),
      em.getLoggerContext(),
    ) as Promise<T>;
}
