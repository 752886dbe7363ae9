import { Redis } from 'ioredis';
import type { Logger } from '@telemed/observability/logger';
import type { CounterStore, Decision, WindowCounter, WindowLimit } from './fixed-window';
import { createMemoryStore } from './memory-store';

/*
 * Both scripts take the time from Redis (TIME), not from the replica that
 * calls, so replicas whose clocks disagree still count into the same window.
 * KEYS are the counters without their window; the script appends the
 * window's start. That is why a Redis Cluster is not supported: the keys a
 * script writes must be declared for Cluster routing. One Redis (with a
 * replica for failover) holds a platform's counters easily.
 */

// ARGV: prefix, then (limit, windowSeconds) per key. Checks every limit, then
// counts in all or none; returns {1} or {0, index of the refusing key, seconds left}.
const CONSUME = `
local t = redis.call('TIME')
local now = tonumber(t[1])
local names = {}
for i = 1, #KEYS do
  local window = tonumber(ARGV[2 * i + 1])
  local start = now - (now % window)
  names[i] = ARGV[1] .. ':' .. KEYS[i] .. ':' .. start
  local hits = tonumber(redis.call('GET', names[i]) or '0')
  if hits >= tonumber(ARGV[2 * i]) then
    return {0, i, start + window - now}
  end
end
for i = 1, #KEYS do
  if redis.call('INCR', names[i]) == 1 then
    redis.call('EXPIRE', names[i], tonumber(ARGV[2 * i + 1]) + 1)
  end
end
return {1}
`;

// ARGV: prefix, then windowSeconds per key; returns the hits of each current window.
const READ = `
local t = redis.call('TIME')
local now = tonumber(t[1])
local hits = {}
for i = 1, #KEYS do
  local window = tonumber(ARGV[i + 1])
  hits[i] = tonumber(redis.call('GET', ARGV[1] .. ':' .. KEYS[i] .. ':' .. (now - (now % window))) or '0')
end
return hits
`;

interface Scripts {
  rateLimitConsume(numberOfKeys: number, ...args: (string | number)[]): Promise<number[]>;
  rateLimitRead(numberOfKeys: number, ...args: (string | number)[]): Promise<number[]>;
}

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://` for TLS. */
  readonly url: string;
  /** Namespace of every counter (`RATE_LIMIT_PREFIX`), so stacks sharing a Redis stay apart. */
  readonly prefix: string;
  readonly logger: Logger;
  /** How long a request waits for Redis before this replica counts alone (default 250 ms). */
  readonly timeoutMs?: number;
}

/**
 * Counters in Redis, shared by every replica: one round trip per request
 * (EVALSHA of a script that checks and counts atomically). When Redis does
 * not answer in time, the replica counts in its own memory and says so in
 * its log, so a Redis outage loosens limits (to N replicas times each
 * allowance) instead of refusing every caller or stalling every request.
 */
export function createRedisStore(options: RedisStoreOptions): CounterStore & { readonly redis: Redis } {
  const redis = new Redis(options.url, {
    // Fail at once while disconnected (and fall back) instead of queueing requests behind a dead server.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.timeoutMs ?? 250,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  redis.defineCommand('rateLimitConsume', { lua: CONSUME });
  redis.defineCommand('rateLimitRead', { lua: READ });
  const scripts = redis as unknown as Scripts;
  const local = createMemoryStore();
  let degradedSince = 0;
  // Until the first connection attempt settles, requests wait for it (at most
  // `connectTimeout`), so a replica that just started counts shared from its
  // first request instead of falling back while it connects.
  let settleFirst: () => void = () => {};
  let firstAttempt: Promise<void> | null = new Promise<void>((resolve) => (settleFirst = resolve));
  const firstSettled = () => {
    firstAttempt = null;
    settleFirst();
  };
  redis.on('error', (error: Error) => {
    firstSettled();
    degraded(error);
  });
  redis.on('ready', () => {
    firstSettled();
    if (degradedSince) options.logger.warn({ store: 'redis' }, 'rate-limit store: Redis answers again; counting shared');
    degradedSince = 0;
  });

  function degraded(error: unknown): void {
    // One line when it starts, then one a minute, not one per request.
    const now = Date.now();
    if (degradedSince && now - degradedSince < 60_000) return;
    degradedSince = now;
    options.logger.warn({ err: error, store: 'redis' }, 'rate-limit store: Redis does not answer; this replica counts alone');
  }

  return {
    scope: 'shared',
    redis,
    async consume(limits: readonly WindowLimit[]): Promise<Decision> {
      if (!limits.length) return { allowed: true };
      if (firstAttempt) await firstAttempt;
      // Disconnected: count here at once rather than wait on a dead server.
      if (redis.status !== 'ready') return local.consume(limits);
      const args: (string | number)[] = [options.prefix];
      for (const limit of limits) args.push(limit.limit, limit.windowSeconds);
      try {
        const [allowed, index = 0, seconds = 1] = await scripts.rateLimitConsume(limits.length, ...limits.map((l) => l.key), ...args);
        if (allowed === 1) return { allowed: true };
        return { allowed: false, key: limits[index - 1]?.key ?? '', retryAfterSeconds: Math.max(1, seconds) };
      } catch (error) {
        degraded(error);
        return local.consume(limits);
      }
    },
    async read(counters: readonly WindowCounter[]): Promise<number[]> {
      if (!counters.length) return [];
      if (firstAttempt) await firstAttempt;
      return scripts.rateLimitRead(counters.length, ...counters.map((c) => c.key), options.prefix, ...counters.map((c) => c.windowSeconds));
    },
    async close() {
      firstSettled();
      redis.disconnect();
      await local.close();
    },
  };
}
