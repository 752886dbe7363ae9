import jwt from 'jsonwebtoken';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { callerFromClaims, ROLES, TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessTokenClaims, type Caller, type Role } from './claims';
import type { SigningKey } from './signing-key';

/** Access tokens are short-lived; refresh tokens (identity) renew them. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessTokenSubject {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly patientId?: string | null;
  readonly doctorId?: string | null;
  readonly scopes?: readonly string[];
}

export function signAccessToken(subject: AccessTokenSubject, key: SigningKey, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  const claims: Omit<AccessTokenClaims, 'sub'> = {
    roles: subject.roles,
    ...(subject.patientId ? { pid: subject.patientId } : {}),
    ...(subject.doctorId ? { did: subject.doctorId } : {}),
    ...(subject.scopes?.length ? { scope: subject.scopes.join(' ') } : {}),
  };
  return jwt.sign(claims, key.privateKey, {
    algorithm: 'RS256',
    keyid: key.kid,
    subject: subject.userId,
    issuer: TOKEN_ISSUER,
    audience: TOKEN_AUDIENCE,
    expiresIn: ttlSeconds,
    notBefore: 0,
  });
}

/** Why a token was refused; the message is safe to show to the caller. */
export class InvalidTokenError extends Error {}

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])),
  pid: z.string().optional(),
  did: z.string().optional(),
  scope: z.string().optional(),
});

/** Finds the public key for a `kid` (a JWKS cache, or a local key in identity itself). */
export type KeyResolver = (kid: string) => Promise<KeyObject>;

/**
 * Verifies an access token: RS256 only (no `none`, no HMAC confusion), the
 * key named by its `kid`, issuer, audience, expiry and not-before.
 */
export async function verifyAccessToken(token: string, resolveKey: KeyResolver): Promise<Caller> {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw new InvalidTokenError('Malformed access token');
  if (decoded.header.alg !== 'RS256') throw new InvalidTokenError('Access token algorithm not accepted');
  if (!decoded.header.kid) throw new InvalidTokenError('Access token has no key id');
  let key: KeyObject;
  try {
    key = await resolveKey(decoded.header.kid);
  } catch {
    throw new InvalidTokenError('Access token signed by an unknown key');
  }
  let payload: unknown;
  try {
    payload = jwt.verify(token, key, { algorithms: ['RS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, clockTolerance: 5 });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new InvalidTokenError('Access token expired');
    if (error instanceof jwt.NotBeforeError) throw new InvalidTokenError('Access token not valid yet');
    throw new InvalidTokenError('Access token is invalid');
  }
  const claims = ClaimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError('Access token claims are invalid');
  return callerFromClaims(claims.data);
}
