import type { Readable } from 'node:stream';

/** How many bytes a `put` must receive: exactly the size the caller declared. */
export interface BlobLimits {
  readonly exactBytes: number;
}

/** The body carried more bytes than declared; nothing was stored (HTTP 413). */
export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than the declared ${limit} bytes`);
  }
}

/** The body ended before the declared size; nothing was stored (HTTP 400). */
export class BlobTooShortError extends Error {
  constructor(readonly expected: number, readonly received: number) {
    super(`The body has ${received} bytes, ${expected} were declared`);
  }
}

/**
 * Where file bytes live, by key. Local disk now (`LocalBlobStore`); an
 * S3-compatible store implements the same three calls. `put` streams: a
 * body is never held in memory whole, and one that breaks its limits leaves
 * nothing behind.
 */
export interface BlobStore {
  put(key: string, body: Readable, limits: BlobLimits): Promise<{ readonly size: number }>;
  /** The bytes, or null when the key holds none. */
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}
