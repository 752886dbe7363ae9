import type { Logger } from '@telemed/observability/logger';
import { isRunning, processInfo } from './process-info';

export interface StaleServerOptions {
  /** Human name for logs and errors ("PostgreSQL", "nats-server"). */
  readonly name: string;
  /** The pid recorded by an earlier run. */
  readonly pid: number;
  /** Whether a command line is the server this pid file belongs to (and not a recycled pid). */
  readonly isOurs: (args: string) => boolean;
  /** Polite stop signal, then SIGKILL if the server does not go within 10 s. */
  readonly signal: NodeJS.Signals;
  readonly logger: Logger;
}

/**
 * An earlier run that was killed (SIGKILL, a closed terminal) can leave its
 * server running, still holding the data directory. When nothing owns that
 * server any more it is stopped so this run can start a fresh one; when a live
 * Node process still owns it, another stack is using the data directory and
 * taking it over would break that stack, so this throws instead. A pid that
 * is gone or now belongs to an unrelated process needs nothing.
 */
export async function reclaimStaleServer(options: StaleServerOptions): Promise<void> {
  const { name, pid, logger } = options;
  const info = await processInfo(pid);
  if (!info || !options.isOurs(info.args)) return;
  const parent = info.ppid > 1 ? await processInfo(info.ppid) : undefined;
  if (parent && /(^|\/)node$/.test(parent.args.split(' ')[0] ?? '')) {
    throw new Error(
      `${name} (pid ${pid}) from another running stack (pid ${parent.pid}) is using this data directory; stop that stack first`,
    );
  }
  logger.warn({ pid, args: info.args }, `stopping ${name} left running by an earlier run`);
  process.kill(pid, options.signal);
  if (await exitedWithin(pid, 10_000)) return;
  process.kill(pid, 'SIGKILL');
  if (!(await exitedWithin(pid, 5_000)))
    throw new Error(`${name} (pid ${pid}) left by an earlier run does not stop`);
}

async function exitedWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isRunning(pid);
}
