import { readFile } from 'node:fs/promises';

/**
 * The process ID on the first line of a pid file (`postmaster.pid`,
 * `nats-server -P`), or undefined when the text does not start with one.
 */
export function parsePidFile(text: string): number | undefined {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (!/^\d+$/.test(first)) return undefined;
  const pid = Number(first);
  return pid > 0 ? pid : undefined;
}

/** Reads a pid file; undefined when it is missing or malformed. */
export async function readPidFile(path: string): Promise<number | undefined> {
  try {
    return parsePidFile(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
