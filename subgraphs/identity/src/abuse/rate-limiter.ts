import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TooManyRequestsError } from '@telemed/subgraph-kit/errors';
import type { Limit } from './limits';

/** Attempts counted before the work they guard; `release` gives them back (a correct password, a valid code). */
export interface Reservation {
  release(): Promise<void>;
}

interface Slot {
  readonly limit: Limit;
  readonly bucket: string;
  readonly windowStart: Date;
}

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_counter`), so every
 * identity replica shares them and a restart forgets nothing. Keys are
 * hashed: the table never holds email addresses.
 *
 * An attempt is counted first, atomically (one upsert that returns the new
 * count), and only then is the password or code checked (decision 33). A
 * check-then-count limiter lets 100 concurrent requests all pass the check
 * before the first one counts; here the 6th of 100 concurrent attempts already
 * sees 6 and is refused before any argon2 work.
 */
export class RateLimiter {
  constructor(private readonly em: EntityManager) {}

  /**
   * Counts one attempt against every pair, in order. When one is over its
   * limit, the counts already taken are given back and TOO_MANY_REQUESTS
   * (with retry-after) is thrown, so a refused attempt costs nothing.
   */
  async reserve(pairs: readonly (readonly [Limit, string])[]): Promise<Reservation> {
    const taken: Slot[] = [];
    for (const [limit, key] of pairs) {
      const current = slot(limit, key);
      const rows = await this.em.getConnection().execute<{ hits: number }[]>(
        `insert into rate_limit_counter (bucket, window_start, hits) values (?, ?, 1)
         on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + 1
         returning hits`,
        [current.bucket, current.windowStart],
      );
      taken.push(current);
      if (Number(rows[0]!.hits) > limit.max) {
        await this.giveBack(taken);
        throw tooMany(current);
      }
    }
    return { release: () => this.giveBack(taken) };
  }

  /** Counts a request against every pair, for limits where every request counts (resets, registrations). */
  async consume(pairs: readonly (readonly [Limit, string])[]): Promise<void> {
    await this.reserve(pairs);
  }

  /** Whether `key` has used up `limit` in the current window (no count taken). */
  async exhausted(limit: Limit, key: string): Promise<boolean> {
    const { bucket, windowStart } = slot(limit, key);
    const rows = await this.em
      .getConnection()
      .execute<{ hits: number }[]>('select hits from rate_limit_counter where bucket = ? and window_start = ?', [bucket, windowStart]);
    return Number(rows[0]?.hits ?? 0) >= limit.max;
  }

  /** TOO_MANY_REQUESTS for `limit` as if it were exhausted now (the retry-after of its current window). */
  refusal(limit: Limit, key: string): TooManyRequestsError {
    return tooMany(slot(limit, key));
  }

  /** Forgets every window of `key` for `limit` (a password reset ends the guessing it limited). */
  async forget(limit: Limit, key: string): Promise<void> {
    await this.em.getConnection().execute('delete from rate_limit_counter where bucket = ?', [slot(limit, key).bucket]);
  }

  /** Forgets windows that ended more than a day ago. */
  async prune(): Promise<void> {
    await this.em.getConnection().execute(`delete from rate_limit_counter where window_start < now() - interval '2 days'`);
  }

  private async giveBack(slots: readonly Slot[]): Promise<void> {
    for (const { bucket, windowStart } of slots) {
      await this.em
        .getConnection()
        .execute('update rate_limit_counter set hits = hits - 1 where bucket = ? and window_start = ? and hits > 0', [bucket, windowStart]);
    }
  }
}

function slot(limit: Limit, key: string): Slot {
  const windowMs = limit.windowSeconds * 1000;
  const digest = createHash('sha256').update(key.toLowerCase()).digest('base64url').slice(0, 32);
  return { limit, bucket: `${limit.name}:${digest}`, windowStart: new Date(Math.floor(Date.now() / windowMs) * windowMs) };
}

function tooMany({ limit, windowStart }: Slot): TooManyRequestsError {
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000));
  return new TooManyRequestsError(`Too many attempts; try again in ${retryAfter} seconds`, retryAfter);
}
