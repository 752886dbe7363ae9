import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TooManyRequestsError } from '@telemed/subgraph-kit/errors';
import type { Limit } from './limits';

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_counter`), so every
 * identity replica shares them and a restart forgets nothing. One upsert per
 * counted attempt; checks are one indexed read. Keys are hashed: the table
 * never holds email addresses.
 */
export class RateLimiter {
  constructor(private readonly em: EntityManager) {}

  /** TOO_MANY_REQUESTS (with retry-after) when `key` already used up `limit` in this window. */
  async check(limit: Limit, key: string): Promise<void> {
    const { bucket, windowStart } = slot(limit, key);
    const rows = await this.em
      .getConnection()
      .execute<{ hits: number }[]>('select hits from rate_limit_counter where bucket = ? and window_start = ?', [bucket, windowStart]);
    if ((rows[0]?.hits ?? 0) >= limit.max) {
      const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000));
      throw new TooManyRequestsError(`Too many attempts; try again in ${retryAfter} seconds`, retryAfter);
    }
  }

  /** Counts one attempt against `limit` for `key`. */
  async hit(limit: Limit, key: string): Promise<void> {
    const { bucket, windowStart } = slot(limit, key);
    await this.em.getConnection().execute(
      `insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
       on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1`,
      [bucket, windowStart],
    );
  }

  /** Checks every pair, then counts an attempt against all of them (for limits where every request counts). */
  async consume(pairs: readonly [Limit, string][]): Promise<void> {
    for (const [limit, key] of pairs) await this.check(limit, key);
    for (const [limit, key] of pairs) await this.hit(limit, key);
  }

  /** Forgets windows that ended more than a day ago. */
  async prune(): Promise<void> {
    await this.em.getConnection().execute(`delete from rate_limit_counter where window_start < now() - interval '1 day'`);
  }
}

function slot(limit: Limit, key: string): { bucket: string; windowStart: Date } {
  const windowMs = limit.windowSeconds * 1000;
  const digest = createHash('sha256').update(key.toLowerCase()).digest('base64url').slice(0, 32);
  return { bucket: `${limit.name}:${digest}`, windowStart: new Date(Math.floor(Date.now() / windowMs) * windowMs) };
}
