import type { ChildProcess } from 'node:child_process';

/** Whether a child process has already exited (by itself or by a signal). */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves true once the child has exited, false if `ms` pass first. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}

/** One step of a stop sequence: send `signal`, then give the child `waitMs` to exit. */
export interface StopStep {
  readonly signal: NodeJS.Signals;
  readonly waitMs: number;
}

/**
 * Sends each signal in turn until the child exits. Servers get a polite signal
 * first and a harder one only when they hang, so a stuck process never keeps
 * `npm start` from ending.
 */
export async function terminate(child: ChildProcess, steps: readonly StopStep[]): Promise<void> {
  // Never spawned (e.g. the executable is missing): nothing to stop, and no exit event will come.
  if (child.pid === undefined) return;
  for (const { signal, waitMs } of steps) {
    if (hasExited(child)) return;
    child.kill(signal);
    if (await waitForExit(child, waitMs)) return;
  }
}
