import type { Logger } from '@telemed/observability/logger';
import { shutdownTelemetry } from '@telemed/observability/telemetry';

/**
 * Stops a service cleanly on SIGINT/SIGTERM, and when the parent process that
 * started it (the dev stack's supervisor, over IPC) goes away, so that no
 * service outlives `npm start`. Buffered spans are flushed before the exit.
 */
export function closeOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Spans still buffered are exported last, so the shutdown itself is traced too.
    close().then(
      () => shutdownTelemetry().finally(() => process.exit(0)),
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
