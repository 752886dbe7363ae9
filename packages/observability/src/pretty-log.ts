/**
 * Human-readable log lines for a terminal (`npm start`): one line per record,
 * `time LEVEL service message key=value ...`, errors with their stack below.
 * The services write JSON everywhere else (containers, CI, files), where a
 * machine reads the logs; see `logFormat`.
 */

const LEVEL_COLOURS: Readonly<Record<string, string>> = {
  trace: '\x1b[90m',
  debug: '\x1b[90m',
  info: '\x1b[32m',
  warn: '\x1b[33m',
  error: '\x1b[31m',
  fatal: '\x1b[35m',
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
/** Fields every record has, or that the line shows in its own place. */
const SHOWN = new Set(['level', 'time', 'service', 'msg', 'err', 'pid', 'hostname']);

export type LogFormat = 'json' | 'pretty';

/**
 * `LOG_FORMAT` (`json` or `pretty`); unset: pretty when the output is a
 * terminal, JSON otherwise. An unknown value stops the service at start-up.
 */
export function logFormat(env: NodeJS.ProcessEnv, isTerminal: boolean): LogFormat {
  const value = env.LOG_FORMAT;
  if (value === undefined || value === '') return isTerminal ? 'pretty' : 'json';
  if (value === 'json' || value === 'pretty') return value;
  throw new Error(`LOG_FORMAT must be "json" or "pretty", got "${value}"`);
}

/** One pino JSON line as a readable line (with a trailing newline); non-JSON input passes through. */
export function prettyLine(json: string, options: { colour: boolean }): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const paint = (code: string, text: string) => (options.colour ? `${code}${text}${RESET}` : text);
  const level = String(record.level ?? 'info');
  const time = typeof record.time === 'string' ? record.time.slice(11, 19) : '';
  const fields = Object.entries(record)
    .filter(([key]) => !SHOWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`);
  let line = [
    paint(DIM, time),
    paint(LEVEL_COLOURS[level] ?? '', level.toUpperCase().padEnd(5)),
    String(record.service ?? '').padEnd(12),
    String(record.msg ?? ''),
    fields.length ? paint(DIM, fields.join(' ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const err = record.err as { message?: string; stack?: string } | undefined;
  if (err) line += `\n${paint(LEVEL_COLOURS.error!, err.stack ?? err.message ?? JSON.stringify(err))}`;
  return `${line}\n`;
}
