/**
 * Fixed-window counters: each limit counts hits in windows aligned to the
 * clock (a UTC minute, a UTC day), so every replica that shares a store agrees
 * on which window a hit falls in. Cheap (one counter per limit and window),
 * and at a window's edge a caller can get at most twice its allowance in a
 * short span; sliding windows would cost a sorted set per caller.
 */

/** One limit a request is counted against. */
export interface WindowLimit {
  /** What is counted, without the window, e.g. `ip:203.0.113.7` or `key:<id>:day`. */
  readonly key: string;
  /** Hits allowed per window. */
  readonly limit: number;
  /** Window length in seconds; windows start at multiples of it since the Unix epoch. */
  readonly windowSeconds: number;
}

export type Decision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** The limit that refused. */
      readonly key: string;
      /** Seconds until that limit's window ends (at least 1). */
      readonly retryAfterSeconds: number;
    };

/** A counter of one key in its current window, as admins read usage. */
export interface WindowCounter {
  readonly key: string;
  readonly windowSeconds: number;
}

/**
 * Where counters live. `consume` is atomic over all its limits: either every
 * limit has room and each counter takes one hit, or none does (a request
 * refused by its per-minute limit does not eat its daily quota).
 */
export interface CounterStore {
  /** `shared`: every replica sees the same counters (Redis); `replica`: this process only. */
  readonly scope: 'shared' | 'replica';
  consume(limits: readonly WindowLimit[]): Promise<Decision>;
  /** Hits counted in the current window of each counter (0 when none). */
  read(counters: readonly WindowCounter[]): Promise<number[]>;
  close(): Promise<void>;
}

/** Start of the window that `nowSeconds` falls in. */
export function windowStart(nowSeconds: number, windowSeconds: number): number {
  return nowSeconds - (nowSeconds % windowSeconds);
}

/** The counters of a partner's API key quota, one naming for the gateway (counting) and identity (showing usage). */
export function apiKeyQuotaCounters(apiKeyId: string): { readonly minute: WindowCounter; readonly day: WindowCounter } {
  return {
    minute: { key: `key:${apiKeyId}:minute`, windowSeconds: 60 },
    day: { key: `key:${apiKeyId}:day`, windowSeconds: 86_400 },
  };
}
