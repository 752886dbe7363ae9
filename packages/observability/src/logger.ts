import pino, { type DestinationStream, type Logger } from 'pino';
import { logFormat, prettyLine } from './pretty-log';
import { telemetryEnabled } from './telemetry';
import { activeTraceIds } from './trace-context';

export type { Logger };

/**
 * Logger for one service: JSON lines (`LOG_FORMAT=json`, the default when
 * the output is not a terminal), or readable lines in a terminal
 * (`npm start`; `LOG_FORMAT=pretty`). Every request gets a child bound to its
 * correlation ID (`logger.child({ correlationId })`), so each line of a hop
 * can be joined with the other hops of the same request. While tracing is on
 * (`startTelemetry` ran first), every line also carries the active span's
 * `traceId` and `spanId`, so a log line leads to its trace and back.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  const options: pino.LoggerOptions = {
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
  };
  if (logFormat(process.env, process.stdout.isTTY === true) === 'json') return pino(options);
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  // Synchronous, like pino's default destination: a line is out before the process exits.
  const pretty: DestinationStream = { write: (line: string) => void process.stdout.write(prettyLine(line, { colour })) };
  return pino(options, pretty);
}
