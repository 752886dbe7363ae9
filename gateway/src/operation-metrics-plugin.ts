import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context';
import { codeLabel, type GatewayMetrics } from './gateway-metrics';

/**
 * Latency per operation and errors per operation and code, from the response
 * Apollo sends (field errors included, with the codes the caller sees).
 * Requests refused before Apollo (body limits, persisted-query policy) are
 * counted where they are refused.
 */
export function operationMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const label = metrics.operationLabel(operationName);
          stop({ operation: label, type: operation?.operation ?? 'unknown' });
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of errors ?? []) metrics.operationErrors.inc({ operation: label, code: codeLabel(error.extensions?.code) });
        },
      };
    },
  };
}
