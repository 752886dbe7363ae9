import type { TypedDocumentNode } from '@apollo/client';
import { GatewayError, linesOf, type GraphQLErrorBody } from './gateway-error';
import { persistedQueryIdOf } from './persisted-query-link';
import type { Session } from './session';
import { LoginDocument, LogoutDocument, RefreshSessionDocument } from './session-operations';

/** Sign-in, refresh and sign-out against the gateway. */
export interface SessionApi {
  /** A session, or a GatewayError (UNAUTHENTICATED for a wrong email or password). */
  login(email: string, password: string): Promise<Session>;
  /** Trades the refresh token for a new session (each refresh token works once). */
  refresh(refreshToken: string): Promise<Session>;
  /** Ends the session's refresh-token family at the gateway. */
  logout(refreshToken: string): Promise<void>;
}

/**
 * Session calls go over plain `fetch`, not Apollo Client: refreshing happens
 * inside Apollo's link chain, and a refresh that went through that chain
 * would wait for itself.
 */
export function createSessionApi(
  gatewayUrl: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): SessionApi {
  async function call<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData> {
    const response = await fetchImpl(gatewayUrl, {
      method: 'POST',
      // apollo-require-preflight: the gateway's CSRF prevention lets JSON through anyway; sent for symmetry with Apollo Client.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      // The persisted id, as Apollo Client's link sends it: the gateway may refuse query text.
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: persistedQueryIdOf(document) } } }),
    });
    let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new GatewayError([
        { code: `HTTP_${response.status}`, message: 'The gateway answered with something that is not JSON' },
      ]);
    }
    if (body.errors?.length) throw new GatewayError(linesOf(body.errors));
    if (!body.data)
      throw new GatewayError([
        { code: `HTTP_${response.status}`, message: 'The gateway answered without data' },
      ]);
    return body.data;
  }

  return {
    async login(email, password) {
      const { login } = await call(LoginDocument, { email, password });
      if (login.session) return login.session;
      // Two-factor sign-in is not in the apps yet; say so rather than fail obscurely.
      throw new GatewayError([
        {
          code: 'TWO_FACTOR_REQUIRED',
          message: 'This account uses two-factor authentication, which these apps do not support yet',
        },
      ]);
    },
    async refresh(refreshToken) {
      return (await call(RefreshSessionDocument, { refreshToken })).refreshSession;
    },
    async logout(refreshToken) {
      await call(LogoutDocument, { refreshToken });
    },
  };
}
