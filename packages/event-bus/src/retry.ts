/** How a consumer retries a failing event before it gives up and files a dead letter. */
export interface RetryPolicy {
  /** Deliveries in all, the first one included. */
  readonly maxAttempts: number;
  /** Delay before redelivery after failed attempt n (1-based) is `backoffMs[n - 1]`; the last value repeats. */
  readonly backoffMs: readonly number[];
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, backoffMs: [1_000, 5_000, 30_000, 120_000] };

/** The delay before the next delivery after `attempt` failed. */
export function backoffAfter(policy: RetryPolicy, attempt: number): number {
  const { backoffMs } = policy;
  if (backoffMs.length === 0) return 0;
  return backoffMs[Math.min(Math.max(attempt, 1), backoffMs.length) - 1]!;
}

/** What to do with a failed delivery: try again later, or give up. */
export function afterFailure(
  policy: RetryPolicy,
  attempt: number,
): { action: 'retry'; delayMs: number } | { action: 'dead-letter' } {
  return attempt >= policy.maxAttempts
    ? { action: 'dead-letter' }
    : { action: 'retry', delayMs: backoffAfter(policy, attempt) };
}

/** Parses `EVENT_BACKOFF_MS="1000,5000,30000"`. */
export function parseBackoff(value: string | undefined, fallback: readonly number[]): readonly number[] {
  if (value === undefined || value.trim() === '') return fallback;
  const delays = value.split(',').map((part) => Number(part.trim()));
  if (delays.some((d) => !Number.isInteger(d) || d < 0))
    throw new Error(`EVENT_BACKOFF_MS must be comma-separated milliseconds, got "${value}"`);
  return delays;
}
