import { createApiKeyExchange, type ApiKeyLookup } from './api-key-exchange';

const REAL = 'tk_real-partner-key';
const quota = { perMinute: 60, perDay: 1000 };

/** Identity's answers as a table: the exchange's caching is what is under test here (the real exchange: test/rate-limits.test.ts). */
function identity() {
  const calls: string[] = [];
  const lookup: ApiKeyLookup = async (key) => {
    calls.push(key);
    return key === REAL ? { exchanged: { token: `token-for-${key}`, quota }, expiresAt: Date.now() + 300_000 } : null;
  };
  return { calls, lookup };
}

describe('API key exchange cache', () => {
  it('keeps a real key’s token through a flood of forged keys', async () => {
    const { calls, lookup } = identity();
    const exchange = createApiKeyExchange(lookup, { maxUnknown: 100 });
    expect(await exchange.exchange(REAL, 'c')).toEqual({ token: `token-for-${REAL}`, quota });
    for (let i = 0; i < 5_000; i++) expect(await exchange.exchange(`tk_forged-${i}`, 'c')).toBeNull();
    expect(exchange.sizes()).toEqual({ live: 1, unknown: 100 });
    calls.length = 0;
    expect(await exchange.exchange(REAL, 'c')).toEqual({ token: `token-for-${REAL}`, quota });
    expect(calls).toEqual([]);
  });

  it('charges the throttle for every request with a key it holds no token for, remembered unknown ones too', async () => {
    const { lookup } = identity();
    const exchange = createApiKeyExchange(lookup);
    let charged = 0;
    const throttle = async () => {
      if (++charged > 3) throw new Error('throttled');
    };
    await exchange.exchange(REAL, 'c', throttle);
    await exchange.exchange('tk_forged', 'c', throttle);
    await exchange.exchange('tk_forged', 'c', throttle);
    await expect(exchange.exchange('tk_forged', 'c', throttle)).rejects.toThrow('throttled');
    // The real key is held: it costs nothing and keeps working.
    expect(await exchange.exchange(REAL, 'c', throttle)).not.toBeNull();
    expect(charged).toBe(4);
  });
});
