import type { Logger } from '@telemed/observability/logger';
import type { CounterStore } from './fixed-window';
import { createMemoryStore } from './memory-store';
import { createRedisStore } from './redis-store';

/**
 * The counter store every service that counts or shows rate limits uses:
 * Redis when `REDIS_URL` is set (shared by all replicas), else this process's
 * memory (each replica counts alone). `RATE_LIMIT_PREFIX` (default
 * `telemed:rl`) namespaces the keys; the gateway, which counts, and identity,
 * which shows partners' usage, must agree on both.
 */
export function counterStoreFromEnv(env: NodeJS.ProcessEnv, logger: Logger): CounterStore {
  const url = env.REDIS_URL;
  if (!url) return createMemoryStore();
  return createRedisStore({ url, prefix: env.RATE_LIMIT_PREFIX || 'telemed:rl', logger });
}
