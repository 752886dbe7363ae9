import { windowStart, type CounterStore, type Decision, type WindowCounter, type WindowLimit } from './fixed-window';

/**
 * Counters in this process's memory: the replica-local fallback when no
 * `REDIS_URL` is set, and what a Redis store falls back to while Redis does
 * not answer. With N gateway replicas behind a balancer, a caller gets up to
 * N times each allowance, and a restart forgets every counter.
 */
export function createMemoryStore(options: { readonly maxCounters?: number; readonly now?: () => number } = {}): CounterStore & {
  readonly size: () => number;
} {
  const maxCounters = options.maxCounters ?? 200_000;
  const now = options.now ?? Date.now;
  // key -> [window start, hits]; a counter of an older window is stale and counts as 0.
  const counters = new Map<string, { start: number; hits: number; end: number }>();

  const current = (key: string, windowSeconds: number, nowSeconds: number) => {
    const entry = counters.get(key);
    return entry && entry.start === windowStart(nowSeconds, windowSeconds) ? entry.hits : 0;
  };

  const sweep = (nowSeconds: number) => {
    for (const [key, entry] of counters) if (entry.end <= nowSeconds) counters.delete(key);
    // Still full of live counters (a flood of distinct callers): forget the
    // oldest ones rather than grow without bound. Those callers start afresh.
    for (const key of counters.keys()) {
      if (counters.size < maxCounters) break;
      counters.delete(key);
    }
  };

  return {
    scope: 'replica',
    async consume(limits: readonly WindowLimit[]): Promise<Decision> {
      const nowSeconds = Math.floor(now() / 1000);
      for (const limit of limits) {
        if (current(limit.key, limit.windowSeconds, nowSeconds) >= limit.limit) {
          const end = windowStart(nowSeconds, limit.windowSeconds) + limit.windowSeconds;
          return { allowed: false, key: limit.key, retryAfterSeconds: Math.max(1, end - nowSeconds) };
        }
      }
      if (counters.size >= maxCounters) sweep(nowSeconds);
      for (const limit of limits) {
        const start = windowStart(nowSeconds, limit.windowSeconds);
        const hits = current(limit.key, limit.windowSeconds, nowSeconds) + 1;
        // Re-inserted so the Map's order is least recently counted first.
        counters.delete(limit.key);
        counters.set(limit.key, { start, hits, end: start + limit.windowSeconds });
      }
      return { allowed: true };
    },
    async read(wanted: readonly WindowCounter[]): Promise<number[]> {
      const nowSeconds = Math.floor(now() / 1000);
      return wanted.map((counter) => current(counter.key, counter.windowSeconds, nowSeconds));
    },
    async close() {
      counters.clear();
    },
    size: () => counters.size,
  };
}
