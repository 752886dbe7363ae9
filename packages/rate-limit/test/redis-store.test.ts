import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { createLogger } from '@telemed/observability/logger';
import { apiKeyQuotaCounters } from '../src/fixed-window';
import { createRedisStore } from '../src/redis-store';

/**
 * The Redis counter store against a real Redis: `REDIS_URL`, else one on
 * 127.0.0.1:6379. Without either, the Redis cases are skipped with the
 * reason printed; the fallback case runs everywhere.
 */
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const logger = createLogger('redis-store-test', 'silent');

function answers(target: string): Promise<boolean> {
  const { hostname, port } = new URL(target);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
    socket.connect(Number(port || 6379), hostname);
  });
}

describe('Redis counter store', () => {
  let reachable = false;
  beforeAll(async () => {
    reachable = await answers(url);
    if (!reachable) console.log(`skipped: no Redis answers at ${url} (set REDIS_URL to run the Redis store tests)`);
  });

  const store = () => createRedisStore({ url, prefix: `test:${randomUUID()}`, logger });

  it('admits exactly the limit out of many concurrent requests, from several replicas', async () => {
    if (!reachable) return;
    // Three "replicas": three connections counting into the same keys.
    const prefix = `test:${randomUUID()}`;
    const shared = [1, 2, 3].map(() => createRedisStore({ url, prefix, logger }));
    try {
      const limit = { key: 'ip:203.0.113.7', limit: 10, windowSeconds: 60 };
      const decisions = await Promise.all(Array.from({ length: 60 }, (_, i) => shared[i % 3]!.consume([limit])));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
      const refused = decisions.find((d) => !d.allowed);
      expect(refused).toMatchObject({ allowed: false, key: 'ip:203.0.113.7' });
      expect(refused!.allowed === false && refused!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(await shared[0]!.read([{ key: 'ip:203.0.113.7', windowSeconds: 60 }])).toEqual([10]);
    } finally {
      await Promise.all(shared.map((s) => s.close()));
    }
  });

  it('counts in every limit or in none, and reads a key’s usage', async () => {
    if (!reachable) return;
    const s = store();
    try {
      const counters = apiKeyQuotaCounters('k1');
      const day = { ...counters.day, limit: 100 };
      const minute = { ...counters.minute, limit: 2 };
      expect(await s.consume([day, minute])).toEqual({ allowed: true });
      expect(await s.consume([day, minute])).toEqual({ allowed: true });
      expect(await s.consume([day, minute])).toMatchObject({ allowed: false, key: counters.minute.key });
      // The refused request did not eat the day's quota.
      expect(await s.read([counters.minute, counters.day])).toEqual([2, 2]);
      // Keys expire with their window (plus a second), so Redis does not fill up.
      const ttl = await s.redis.ttl((await s.redis.keys('*:key:k1:minute:*'))[0]!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(61);
    } finally {
      await s.close();
    }
  });

  it('counts in this replica’s memory while Redis does not answer', async () => {
    const s = createRedisStore({ url: 'redis://127.0.0.1:1', prefix: 'test', logger, timeoutMs: 100 });
    try {
      const limit = { key: 'ip:198.51.100.9', limit: 2, windowSeconds: 60 };
      expect(await s.consume([limit])).toEqual({ allowed: true });
      expect(await s.consume([limit])).toEqual({ allowed: true });
      expect(await s.consume([limit])).toMatchObject({ allowed: false });
    } finally {
      await s.close();
    }
  });
});
