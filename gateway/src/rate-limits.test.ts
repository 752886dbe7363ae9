import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { createLogger } from '@telemed/observability/logger';
import { parseTrustedProxies } from '@telemed/rate-limit/client-ip';
import { createMemoryStore } from '@telemed/rate-limit/memory-store';
import { createRateLimits } from './rate-limits';

const log = createLogger('rate-limits-test', 'silent');
const settings = { trustedProxies: parseTrustedProxies(undefined), anonymousPerMinute: 2, userPerMinute: 3, keyLookupsPerMinute: 1 };
const person = { userId: 'u1', roles: ['PATIENT' as const], patientId: 'p1', doctorId: null, scopes: [] };
const partner = { userId: 'key-1', roles: ['PARTNER' as const], patientId: null, doctorId: null, scopes: ['clinics:read'] };

async function refusal(attempt: Promise<void>): Promise<GraphQLError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('gateway rate limits', () => {
  it('counts anonymous callers per address (IPv6 per /64) and answers 429 with Retry-After', async () => {
    const limits = createRateLimits(createMemoryStore(), settings);
    await limits.admit('2001:db8:1:2::1', { caller: null }, log);
    await limits.admit('2001:db8:1:2::ffff', { caller: null }, log);
    const error = await refusal(limits.admit('2001:db8:1:2:aaaa::9', { caller: null }, log));
    const seconds = error.extensions.retryAfterSeconds as number;
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', http: { status: 429 } });
    expect((error.extensions.http as unknown as { headers: HeaderMap }).headers.get('retry-after')).toBe(String(seconds));
    // Another /64 is another caller.
    await limits.admit('2001:db8:1:3::1', { caller: null }, log);
  });

  it('counts people per user and partners per key quota, not per address', async () => {
    const limits = createRateLimits(createMemoryStore(), settings);
    for (let i = 0; i < 3; i++) await limits.admit(`198.51.100.${i}`, { caller: person }, log);
    await refusal(limits.admit('198.51.100.99', { caller: person }, log));
    const quota = { perMinute: 5, perDay: 1 };
    await limits.admit('198.51.100.1', { caller: partner, quota }, log);
    const error = await refusal(limits.admit('198.51.100.1', { caller: partner, quota }, log));
    // The day is spent: the wait is until the UTC day ends, not the minute.
    expect(error.extensions.retryAfterSeconds as number).toBeGreaterThan(0);
    expect(error.message).toContain('Too many requests');
  });

  it('allows key look-ups per address', async () => {
    const limits = createRateLimits(createMemoryStore(), settings);
    await limits.admitKeyLookup('203.0.113.5');
    await refusal(limits.admitKeyLookup('203.0.113.5'));
    await limits.admitKeyLookup('203.0.113.6');
    await refusal(limits.admitKeyLookup(null).then(() => limits.admitKeyLookup(null)));
  });
});
