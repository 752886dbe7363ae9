import { BadUserInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that an ID argument is a UUID before it reaches SQL; `field` names the argument. */
export function parseId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw new BadUserInputError(`"${field}" must be a UUID`, [field]);
  return value.toLowerCase();
}

export const MAX_PAGE_SIZE = 100;

/** Validates a page size argument (`first`). */
export function pageSize(first: number | null | undefined, fallback = 20, field = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"${field}" must be between 1 and ${MAX_PAGE_SIZE}`, [field]);
  }
  return size;
}

/**
 * An opaque keyset cursor: the sort key of the last row seen (a name, an
 * ISO date) and its id as tie-breaker, so pages stay stable under inserts.
 */
export interface Cursor {
  readonly key: string;
  readonly id: string;
}

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string | null | undefined, field = 'after'): Cursor | null {
  if (value === null || value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string' || !UUID.test(parsed[1])) {
    throw new BadUserInputError(`"${field}" is not a valid cursor`, [field]);
  }
  return { key: parsed[0], id: parsed[1] };
}
