import { Counter, Histogram, type Registry } from 'prom-client';
import { labelCap } from '@telemed/observability/label-cap';

/** What the gateway reports on `/metrics` about operations and the subgraph fetches of their plans. */
export interface GatewayMetrics {
  readonly operationDuration: Histogram<'operation' | 'type'>;
  readonly operationErrors: Counter<'operation' | 'code'>;
  readonly subgraphFetchDuration: Histogram<'subgraph'>;
  readonly subgraphFetchErrors: Counter<'subgraph' | 'code'>;
  readonly persistedQueryRefusals: Counter<'code' | 'audience'>;
  /** The label an operation name is counted under (bounded; see `operationLabel`). */
  operationLabel(name: string | null | undefined): string;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A GraphQL name, as the parser accepts it, of reasonable length. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

export function createGatewayMetrics(
  registry: Registry,
  options: { readonly knownOperations: Iterable<string>; readonly maxOtherOperations: number },
): GatewayMetrics {
  const registers = [registry];
  const capped = labelCap({
    known: options.knownOperations,
    maxOthers: options.maxOtherOperations,
    pattern: OPERATION_NAME,
    overflow: '(other)',
  });
  return {
    operationDuration: new Histogram({
      name: 'gateway_operation_duration_seconds',
      help: 'GraphQL operations served, by operation name (persisted operations always, others up to GATEWAY_METRICS_MAX_OPERATIONS, then "(other)") and type',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    operationErrors: new Counter({
      name: 'gateway_operation_errors_total',
      help: 'Errors in GraphQL responses, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    }),
    subgraphFetchDuration: new Histogram({
      name: 'gateway_subgraph_fetch_duration_seconds',
      help: 'Query-plan fetches to subgraphs (operations and subscription events), by subgraph',
      labelNames: ['subgraph'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    subgraphFetchErrors: new Counter({
      name: 'gateway_subgraph_fetch_errors_total',
      help: 'Errors of subgraph fetches, by subgraph and code (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT, ... when the call failed; the error codes the subgraph answered otherwise)',
      labelNames: ['subgraph', 'code'],
      registers,
    }),
    persistedQueryRefusals: new Counter({
      name: 'gateway_persisted_query_refusals_total',
      help: 'Requests refused by the persisted-query policy, by code and audience (apps, partners)',
      labelNames: ['code', 'audience'],
      registers,
    }),
    operationLabel: (name) => (name ? capped(name) : '(anonymous)'),
  };
}

/** An error code fit to be a label value; codes come from our subgraphs and Apollo, anything else is "OTHER". */
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : code === undefined ? 'NONE' : 'OTHER';
}
