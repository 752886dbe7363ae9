import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { ServiceTrust } from './service-trust';
import type { SigningKey } from './signing-key';

/**
 * Service tokens prove which service sent a request and for whom it is meant:
 * `iss` = the sending service (`gateway`, `identity`, ...), `aud` = the
 * receiving subgraph. They carry no user; the caller's own access token
 * travels beside them in `Authorization`.
 */
export const SERVICE_TOKEN_HEADER = 'x-service-token';

/** Short, so a leaked token is useless within minutes; signers cache and renew it. */
export const SERVICE_TOKEN_TTL_SECONDS = 120;

/** Who sent a request, once its service token is verified. */
export interface ServicePrincipal {
  /** The sending service's name, pinned to the key that signed the token. */
  readonly issuer: string;
}

export function signServiceToken(issuer: string, audience: string, key: SigningKey, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS): string {
  return jwt.sign({}, key.privateKey, {
    algorithm: 'RS256',
    keyid: key.kid,
    issuer,
    subject: issuer,
    audience,
    expiresIn: ttlSeconds,
  });
}

/** Why a service token was refused; safe to return to the sender. */
export class InvalidServiceTokenError extends Error {}

const Claims = z.object({ iss: z.string().min(1), aud: z.string().min(1), exp: z.number() });

/**
 * Verifies a service token for `audience`: RS256 only, a key from the trust
 * bundle, and an `iss` equal to the service that key belongs to, so one
 * service's key cannot speak for another (identity cannot pose as the gateway).
 */
export function verifyServiceToken(token: string, trust: ServiceTrust, audience: string): ServicePrincipal {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload === 'string') throw new InvalidServiceTokenError('Malformed service token');
  if (decoded.header.alg !== 'RS256') throw new InvalidServiceTokenError('Service token algorithm not accepted');
  const trusted = decoded.header.kid ? trust.get(decoded.header.kid) : undefined;
  if (!trusted) throw new InvalidServiceTokenError('Service token signed by an unknown key');
  let payload: unknown;
  try {
    payload = jwt.verify(token, trusted.publicKey, { algorithms: ['RS256'], audience, issuer: trusted.issuer, clockTolerance: 5 });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new InvalidServiceTokenError('Service token expired');
    throw new InvalidServiceTokenError('Service token is invalid for this service');
  }
  const claims = Claims.safeParse(payload);
  if (!claims.success) throw new InvalidServiceTokenError('Service token claims are invalid');
  return { issuer: claims.data.iss };
}

/**
 * Signs service tokens for one issuer and caches each audience's token until
 * 30 s before it expires: RSA signing costs about a millisecond, and this runs
 * on every subgraph fetch.
 */
export function serviceTokenSigner(issuer: string, key: SigningKey, ttlSeconds = SERVICE_TOKEN_TTL_SECONDS) {
  const cache = new Map<string, { token: string; renewAt: number }>();
  return (audience: string): string => {
    const now = Date.now();
    const cached = cache.get(audience);
    if (cached && cached.renewAt > now) return cached.token;
    const token = signServiceToken(issuer, audience, key, ttlSeconds);
    cache.set(audience, { token, renewAt: now + Math.max(ttlSeconds - 30, 1) * 1000 });
    return token;
  };
}

export type ServiceTokenSigner = ReturnType<typeof serviceTokenSigner>;
