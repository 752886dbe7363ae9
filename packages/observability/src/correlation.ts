import { randomUUID } from 'node:crypto';

/** Header that carries the correlation ID on every hop (requests, responses, events). */
export const CORRELATION_HEADER = 'x-correlation-id';

// Accept caller-supplied IDs only in a safe shape, so logs cannot be injected into.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the caller's correlation ID when it is well formed, else a new one. */
export function correlationIdFrom(value: string | string[] | null | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate && SAFE_ID.test(candidate) ? candidate : randomUUID();
}
