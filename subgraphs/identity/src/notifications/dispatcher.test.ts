import { MAX_SEND_ATTEMPTS, nextAttemptAt } from './dispatcher';

describe('notification retries', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');

  it('backs off after each failed send and gives up after the last attempt', () => {
    expect(nextAttemptAt(1, now)?.toISOString()).toBe('2026-11-23T10:00:30.000Z');
    expect(nextAttemptAt(2, now)?.toISOString()).toBe('2026-11-23T10:02:00.000Z');
    expect(nextAttemptAt(4, now)?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(nextAttemptAt(MAX_SEND_ATTEMPTS, now)).toBeNull();
  });
});
