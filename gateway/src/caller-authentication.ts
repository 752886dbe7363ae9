import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { InvalidTokenError, verifyAccessToken, type KeyResolver } from '@telemed/auth/access-token';
import type { Caller } from '@telemed/auth/claims';
import { VerifiedTokens } from '@telemed/auth/verified-tokens';
import type { ApiKeyExchange } from './api-key-exchange';
import type { ApiKeyQuota } from './rate-limits';

/** The caller of one request as the gateway established it, and the header that proves it downstream. */
export interface Authenticated {
  readonly caller: Caller | null;
  /** `Bearer <access token>` to forward to subgraphs; absent for anonymous callers. */
  readonly authorization?: string;
  /** A partner's API key quota (callers with an API key only). */
  readonly quota?: ApiKeyQuota;
}

export const API_KEY_HEADER = 'x-api-key';

/**
 * Establishes who calls before any subgraph is: a `Bearer` access token is
 * verified against identity's JWKS (cached), an `x-api-key` is exchanged at
 * identity for a short-lived PARTNER access token (cached per key), and no
 * credential is an anonymous caller. Anything that does not verify is
 * refused with UNAUTHENTICATED (HTTP 401), never downgraded to anonymous.
 */
export function createCallerAuthenticator(options: {
  resolveKey: KeyResolver;
  apiKeys: ApiKeyExchange | null;
  /** Charged per client IP for each request with an API key the gateway holds no token for; throws when over. */
  throttleUnknownKeys?: (clientIp: string | null) => Promise<void>;
}) {
  const verified = new VerifiedTokens<Caller>();
  const verify = (authorization: string) => verifyBearer(authorization, options.resolveKey, verified);
  return async (req: IncomingMessage, correlationId: string, clientIp: string | null = null): Promise<Authenticated> => {
    const authorization = req.headers.authorization;
    const apiKey = req.headers[API_KEY_HEADER];
    if (authorization && apiKey) throw unauthenticated('Send either Authorization or x-api-key, not both');
    if (typeof apiKey === 'string') {
      if (!options.apiKeys) throw unauthenticated('API keys are not accepted here');
      const throttle = options.throttleUnknownKeys;
      const exchanged = await options.apiKeys.exchange(apiKey, correlationId, throttle && (() => throttle(clientIp)));
      if (!exchanged) throw unauthenticated('API key is invalid or revoked');
      return { ...(await verify(`Bearer ${exchanged.token}`)), quota: exchanged.quota };
    }
    if (!authorization) return { caller: null };
    return verify(authorization);
  };
}

async function verifyBearer(authorization: string, resolveKey: KeyResolver, verified: VerifiedTokens<Caller>): Promise<Authenticated> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('Authorization header must be "Bearer <access token>"');
  const token = match[1]!;
  try {
    const caller = verified.lookup(token) ?? verified.remember(token, await verifyAccessToken(token, resolveKey));
    return { caller, authorization: `Bearer ${token}` };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
