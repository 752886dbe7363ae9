/**
 * Shares one in-flight promise between callers asking for the same key. The
 * entry is gone as soon as the promise settles: this is de-duplication of
 * concurrent work, never a cache, so a caller never gets an answer computed
 * before it asked.
 */
export interface InFlight<T> {
  /** Runs `work` unless a call with the same key is in flight, then joins it. */
  run(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys in flight right now (tests, metrics). */
  readonly size: number;
}

export function createInFlight<T>(): InFlight<T> {
  const pending = new Map<string, Promise<T>>();
  return {
    run(key, work) {
      const joined = pending.get(key);
      if (joined) return joined;
      const started = work().finally(() => pending.delete(key));
      pending.set(key, started);
      return started;
    },
    get size() {
      return pending.size;
    },
  };
}
