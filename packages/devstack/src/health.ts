/** Why a service is not healthy yet: still starting, or gone for good. */
export type HealthWait =
  { readonly healthy: true } | { readonly healthy: false; readonly reason: 'timeout' | 'exited' | 'aborted' };

export interface WaitForHealthOptions {
  readonly url: string;
  readonly timeoutMs: number;
  /** Stops waiting early, e.g. when the process that should answer has exited. */
  readonly giveUp: () => 'exited' | 'aborted' | undefined;
  readonly intervalMs?: number;
}

/** Polls `url` until it answers 200, the deadline passes, or `giveUp` says stop. */
export async function waitForHealth(options: WaitForHealthOptions): Promise<HealthWait> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const reason = options.giveUp();
    if (reason) return { healthy: false, reason };
    try {
      const response = await fetch(options.url, { signal: AbortSignal.timeout(1_000) });
      await response.body?.cancel();
      if (response.status === 200) return { healthy: true };
    } catch {
      // Not listening yet.
    }
    if (Date.now() >= deadline) return { healthy: false, reason: 'timeout' };
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
}
