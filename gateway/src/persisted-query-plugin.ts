import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { decidePersistedQuery } from './persisted-query-policy';
import type { Safelist } from './persisted-query-safelist';

/**
 * Applies the persisted-query policy at the start of every request, before
 * Apollo looks the id up, parses or plans anything, so a refused request
 * costs no more than its authentication. Refusals end the request with HTTP
 * 400 and are logged at `warn` with the caller and the id.
 */
export function persistedQueryPlugin(options: { safelist: Safelist; requireIds: boolean }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const decision = decidePersistedQuery(request, contextValue.caller, options);
      if (decision.allowed) return;
      contextValue.logger.warn(
        {
          code: decision.code,
          audience: decision.audience,
          persistedQueryId: decision.id,
          operationName: request.operationName ?? null,
          sentQuery: request.query !== undefined,
        },
        'persisted query refused',
      );
      // Thrown from requestDidStart, Apollo answers with this error alone and its http status.
      throw new GraphQLError(decision.message, { extensions: { code: decision.code, http: { status: 400 } } });
    },
  };
}
