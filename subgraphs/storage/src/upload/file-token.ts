import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a file link lets its holder do: PUT the bytes once, or GET them. */
export type FileLinkMethod = 'PUT' | 'GET';

export interface FileLinkClaims {
  readonly fileId: string;
  readonly method: FileLinkMethod;
  /** Unix seconds after which the link is refused. */
  readonly expiresAt: number;
  /** Who asked for the link: the upload's event and the download's audit record name them. */
  readonly userId: string;
  readonly roles: readonly string[];
}

/** A link that does not verify: tampered, expired, for another method or not a link at all (HTTP 403). */
export class InvalidFileLinkError extends Error {}

interface Payload {
  readonly v: 1;
  readonly f: string;
  readonly m: FileLinkMethod;
  readonly e: number;
  readonly u: string;
  readonly r: readonly string[];
}

/**
 * `<payload>.<mac>`, both base64url: the payload is plain JSON (nothing in it
 * is secret, the link's holder may read it), the MAC is HMAC-SHA256 under
 * storage's file-link key, so only storage mints and accepts links. The
 * gateway only forwards them; it never needs the key.
 */
export function signFileLink(claims: FileLinkClaims, key: Buffer): string {
  const payload: Payload = { v: 1, f: claims.fileId, m: claims.method, e: claims.expiresAt, u: claims.userId, r: claims.roles };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** The claims of a link that verifies for `method` at `now`; else InvalidFileLinkError. */
export function verifyFileLink(token: string, method: FileLinkMethod, key: Buffer, now = new Date()): FileLinkClaims {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new InvalidFileLinkError('Malformed file link');
  const expected = Buffer.from(mac(body, key), 'base64url');
  const given = Buffer.from(signature, 'base64url');
  // Constant-time, so the MAC cannot be guessed byte by byte from response times.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidFileLinkError('File link signature does not verify');
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    throw new InvalidFileLinkError('Malformed file link');
  }
  if (payload.v !== 1 || typeof payload.f !== 'string' || typeof payload.e !== 'number' || typeof payload.u !== 'string' || !Array.isArray(payload.r)) {
    throw new InvalidFileLinkError('Malformed file link');
  }
  if (payload.m !== method) throw new InvalidFileLinkError(`This link is for ${payload.m}, not ${method}`);
  if (payload.e * 1000 <= now.getTime()) throw new InvalidFileLinkError('File link expired');
  return { fileId: payload.f, method: payload.m, expiresAt: payload.e, userId: payload.u, roles: payload.r };
}

function mac(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
