import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { AccessTokens } from './access-tokens';
import { CORRELATION_HEADER, newCorrelationId } from './correlation-id';

/**
 * Adds `Authorization` (a token refreshed first when it is about to expire)
 * and a fresh `x-correlation-id` to every HTTP operation. The id also goes
 * into the operation's `extensions`, where the gateway reads it for
 * subscriptions (a WebSocket has no per-operation headers).
 */
export function createAuthLink(tokens: AccessTokens, app: string): ApolloLink {
  const correlation = new ApolloLink((operation, forward) => {
    operation.extensions = { ...operation.extensions, [CORRELATION_HEADER]: newCorrelationId(app) };
    return forward(operation);
  });
  const authorization = new SetContextLink(async (prevContext, operation) => {
    const token = await tokens.current();
    const correlationId = operation.extensions[CORRELATION_HEADER];
    return {
      headers: {
        ...prevContext.headers,
        ...(typeof correlationId === 'string' && { [CORRELATION_HEADER]: correlationId }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
    };
  });
  return ApolloLink.from([correlation, authorization]);
}
