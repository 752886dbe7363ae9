import type { Readable } from 'node:stream';

/**
 * How many bytes a `put` may receive: exactly the size declared (signed
 * links), or at most a limit (multipart uploads, whose size is known only at the end).
 */
export type BlobLimits = { readonly exactBytes: number } | { readonly maxBytes: number };

/** The body carried more bytes than declared; nothing was stored (HTTP 413). */
export class BlobTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The body is larger than the ${limit} bytes allowed`);
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
