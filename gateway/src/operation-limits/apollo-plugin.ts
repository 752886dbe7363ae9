import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { QUERY_TOO_COMPLEX, refusalError, type OperationLimiter, type Refusal } from './operation-limiter';
import type { RecordRefusal } from './refusals';

export interface OperationLimitsPluginOptions {
  readonly limiter: OperationLimiter;
  /** Whether a query hash is a persisted operation's id: those were checked when the manifests were built. */
  readonly isPersisted: (queryHash: string) => boolean;
  readonly record: RecordRefusal;
}

/**
 * Applies the operation limits to HTTP requests once the operation is
 * resolved and before the gateway plans or fetches anything: a refusal is
 * HTTP 400 with `QUERY_TOO_COMPLEX` and no subgraph is called. The token
 * limit is the parser's own (`parseOptions.maxTokens`); its parse failure is
 * answered with the same refusal as the other limits.
 */
export function operationLimitsPlugin(options: OperationLimitsPluginOptions): ApolloServerPlugin<GatewayContext> {
  const { limiter, isPersisted, record } = options;
  return {
    async requestDidStart() {
      let overTokens: Refusal | undefined;
      return {
        // Runs only for documents Apollo has not parsed and cached before.
        async parsingDidStart({ source }) {
          return async (error) => {
            if (error && limiter.overTokenLimit(source)) overTokens = { limit: 'tokens', max: limiter.limits.maxTokens };
          };
        },
        async didResolveOperation({ schema, document, operation, request, queryHash, contextValue }) {
          if (!operation || isPersisted(queryHash)) return;
          const refusal = limiter.check({ schema, document, operation, variables: request.variables });
          if (!refusal) return;
          record({ refusal, transport: 'http', caller: contextValue.caller, operationName: operation.name?.value, logger: contextValue.logger });
          throw refusalError(refusal);
        },
        async willSendResponse({ response, request, contextValue }) {
          if (!overTokens || response.body.kind !== 'single') return;
          record({ refusal: overTokens, transport: 'http', caller: contextValue.caller, operationName: request.operationName, logger: contextValue.logger });
          // The parser's "Syntax Error: Document contains more than N tokens", re-coded; the status is already 400,
          // so the error is built without an `http` extension (a formatted error carries none).
          const { message, extensions } = refusalError(overTokens, false);
          response.body.singleResult.errors = [{ message, extensions: { ...extensions, code: QUERY_TOO_COMPLEX } }];
        },
      };
    },
  };
}
