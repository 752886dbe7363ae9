import type { Logger } from '@telemed/observability/logger';

/**
 * Stops a service cleanly on SIGINT/SIGTERM, and when the parent process that
 * started it (the dev stack's supervisor, over IPC) goes away, so that no
 * service outlives `npm start`.
 */
export function closeOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  if (process.send) process.once('disconnect', () => stop('parent disconnected'));
}
