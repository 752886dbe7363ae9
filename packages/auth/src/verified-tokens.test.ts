import jwt from 'jsonwebtoken';
import { VerifiedTokens } from './verified-tokens';

const token = (exp: number, sub = 'u') => jwt.sign({ sub, exp }, 'not-verified-here');

describe('VerifiedTokens', () => {
  let now = 1_000_000_000_000;
  const clock = () => now;

  it('remembers a verified token until it expires', () => {
    const cache = new VerifiedTokens<{ id: string }>({ now: clock, maxAgeMs: 600_000 });
    const t = token(now / 1000 + 30);
    cache.remember(t, { id: 'a' });
    expect(cache.lookup(t)).toEqual({ id: 'a' });
    now += 29_000;
    expect(cache.lookup(t)).toEqual({ id: 'a' });
    now += 1_000;
    expect(cache.lookup(t)).toBeUndefined();
  });

  it('trusts a verification no longer than maxAgeMs, however long the token lives', () => {
    const cache = new VerifiedTokens<{ id: string }>({ now: clock, maxAgeMs: 60_000 });
    const t = token(now / 1000 + 3_600);
    cache.remember(t, { id: 'a' });
    now += 60_000;
    expect(cache.lookup(t)).toBeUndefined();
  });

  it('never remembers tokens without an expiry, and freezes what it shares', () => {
    const cache = new VerifiedTokens<{ id: string }>({ now: clock });
    const forever = jwt.sign({ sub: 'u' }, 'k', { noTimestamp: true });
    cache.remember(forever, { id: 'a' });
    expect(cache.lookup(forever)).toBeUndefined();
    const t = token(now / 1000 + 30);
    expect(Object.isFrozen(cache.remember(t, { id: 'b' }))).toBe(true);
  });

  it('drops the least recently used token when full', () => {
    const cache = new VerifiedTokens<{ id: string }>({ now: clock, maxEntries: 2 });
    const [a, b, c] = ['a', 'b', 'c'].map((sub) => token(now / 1000 + 30, sub));
    cache.remember(a!, { id: 'a' });
    cache.remember(b!, { id: 'b' });
    cache.lookup(a!);
    cache.remember(c!, { id: 'c' });
    expect(cache.lookup(b!)).toBeUndefined();
    expect(cache.lookup(a!)).toEqual({ id: 'a' });
    expect(cache.size).toBe(2);
  });
});
