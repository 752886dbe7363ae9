import pino, { type Logger } from 'pino';
import { telemetryEnabled } from './telemetry';
import { activeTraceIds } from './trace-context';

export type { Logger };

/**
 * JSON logger for one service. Every request gets a child bound to its
 * correlation ID (`logger.child({ correlationId })`), so each line of a hop
 * can be joined with the other hops of the same request. While tracing is on
 * (`startTelemetry` ran first), every line also carries the active span's
 * `traceId` and `spanId`, so a log line leads to its trace and back.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Without tracing, no per-line work at all.
    ...(telemetryEnabled() && { mixin: activeTraceIds }),
    // Secrets must never reach the logs, whatever a caller sends.
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'password', '*.password', 'token'],
      censor: '[redacted]',
    },
  });
}
