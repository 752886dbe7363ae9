import { apiKeyQuotaCounters } from './fixed-window';
import { createMemoryStore } from './memory-store';

describe('memory counter store', () => {
  it('counts in all limits or none, and says when the refusing window ends', async () => {
    let now = Date.UTC(2026, 11, 4, 10, 0, 50);
    const store = createMemoryStore({ now: () => now });
    const minute = { key: 'key:a:minute', limit: 2, windowSeconds: 60 };
    const day = { key: 'key:a:day', limit: 3, windowSeconds: 86_400 };
    expect(await store.consume([minute, day])).toEqual({ allowed: true });
    expect(await store.consume([minute, day])).toEqual({ allowed: true });
    // Refused by the minute limit, ten seconds before the minute ends; the day is not charged.
    expect(await store.consume([minute, day])).toEqual({ allowed: false, key: 'key:a:minute', retryAfterSeconds: 10 });
    expect(await store.read([apiKeyQuotaCounters('a').minute, apiKeyQuotaCounters('a').day])).toEqual([2, 2]);
    now += 10_000; // the next minute
    expect(await store.consume([minute, day])).toEqual({ allowed: true });
    const refused = await store.consume([minute, day]);
    expect(refused).toMatchObject({ allowed: false, key: 'key:a:day' });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBe(86_400 - (10 * 3600 + 60));
    expect(await store.read([apiKeyQuotaCounters('a').minute])).toEqual([1]);
  });

  it('stays bounded under a flood of distinct callers', async () => {
    const store = createMemoryStore({ maxCounters: 100 });
    for (let i = 0; i < 1_000; i++) await store.consume([{ key: `ip:${i}`, limit: 5, windowSeconds: 60 }]);
    expect(store.size()).toBeLessThanOrEqual(100);
  });
});
