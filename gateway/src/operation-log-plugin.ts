import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';
import { errorCode, isDeliberate } from './error-masking';

/**
 * One JSON line per operation (name, duration, error count, correlation ID via
 * the bound logger), plus one line per internal error with the original
 * message and stack that production masking hides from the caller.
 * Deliberate errors (bad input, not found, a subgraph down) are not logged
 * again here: they are the caller's business, or the data source logged them.
 */
export function operationLogPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isDeliberate(error))
              contextValue.logger.error(internalErrorFields(error), 'internal error in operation');
          }
        },
        async willSendResponse({ operationName, errors, contextValue }) {
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 1000) / 1000,
              errors: errors?.length ?? 0,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

function internalErrorFields(error: GraphQLError): Record<string, unknown> {
  const serviceName = error.extensions.serviceName;
  return {
    // The original carries the stack; a subgraph's error arrives as a plain object.
    err: error.originalError ?? error,
    message: error.message,
    code: errorCode(error) ?? null,
    path: error.path ?? null,
    ...(typeof serviceName === 'string' && { serviceName }),
  };
}
