import { GraphQLError } from 'graphql';
import { InvalidTokenError, verifyAccessToken, type KeyResolver } from '@telemed/auth/access-token';
import type { Caller } from '@telemed/auth/claims';
import { VerifiedTokens } from '@telemed/auth/verified-tokens';

/**
 * Turns the forwarded `Authorization` header into the caller. No header is an
 * anonymous request (resolvers decide what anonymous callers may see); a
 * header that does not verify is refused outright with 401, never downgraded
 * to anonymous.
 */
export function callerAuthenticator(resolveKey: KeyResolver) {
  // The same caller's token arrives once per gateway fetch; verify it once.
  const verified = new VerifiedTokens<Caller>();
  return async (authorization: string | undefined): Promise<Caller | null> => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('Authorization header must be "Bearer <access token>"');
    const token = match[1]!;
    try {
      return verified.lookup(token) ?? verified.remember(token, await verifyAccessToken(token, resolveKey));
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
      throw error;
    }
  };
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
