import { createHash, randomBytes } from 'node:crypto';

/**
 * A random opaque token with a readable kind prefix (`rt_` refresh, `vt_`
 * verification, ...): 256 bits, so a plain SHA-256 is a safe way to store
 * and look it up.
 */
export function newOpaqueToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
