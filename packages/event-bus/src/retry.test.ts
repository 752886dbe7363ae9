import { afterFailure, backoffAfter, parseBackoff } from './retry';

describe('retry policy', () => {
  const policy = { maxAttempts: 4, backoffMs: [100, 1_000] };

  it('backs off per attempt, repeating the last delay', () => {
    expect([1, 2, 3].map((attempt) => backoffAfter(policy, attempt))).toEqual([100, 1_000, 1_000]);
  });

  it('gives up on the last attempt', () => {
    expect(afterFailure(policy, 3)).toEqual({ action: 'retry', delayMs: 1_000 });
    expect(afterFailure(policy, 4)).toEqual({ action: 'dead-letter' });
  });

  it('reads EVENT_BACKOFF_MS', () => {
    expect(parseBackoff('200, 400', [1])).toEqual([200, 400]);
    expect(parseBackoff(undefined, [1])).toEqual([1]);
    expect(() => parseBackoff('1s', [1])).toThrow('EVENT_BACKOFF_MS');
  });
});
