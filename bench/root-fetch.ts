import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import { acknowledgeSubgraphEnforcedSecurity } from '@telemed/gateway/supergraph-security';

/** The first subgraph fetch of an operation's query plan: what a gateway sends to the root field's subgraph. */
export interface RootFetch {
  readonly subgraph: string;
  /** The operation text the gateway sends, as printed by the query planner. */
  readonly query: string;
  /** Whether the plan calls any other subgraph after it. */
  readonly federated: boolean;
}

/**
 * Plans `query` over the supergraph the way @apollo/gateway does and returns
 * its root fetch, so the "direct to subgraph" floor sends exactly what the
 * gateways send, not a hand-written approximation of it. The SDL is
 * acknowledged as our gateway loads it: the planner, too, refuses the
 * `@authenticated`/`@requiresScopes` links (`for: SECURITY`) otherwise.
 */
export function rootFetchPlanner(supergraphSdl: string): (query: string) => RootFetch {
  const supergraph = Supergraph.build(acknowledgeSubgraphEnforcedSecurity(supergraphSdl));
  const planner = new QueryPlanner(supergraph);
  return (query) => {
    const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query)));
    if (!plan.node || plan.node.kind === 'Subscription') throw new Error(`No query plan for ${query}`);
    const fetches = fetchNodes(plan.node);
    const root = fetches[0];
    if (!root) throw new Error(`The plan of ${query} has no fetch`);
    if (root.variableUsages?.length)
      throw new Error(`The root fetch of ${query} needs variables; the bench does not send them yet`);
    return { subgraph: root.serviceName, query: root.operation, federated: fetches.length > 1 };
  };
}

function fetchNodes(node: PlanNode): FetchNode[] {
  switch (node.kind) {
    case 'Fetch':
      return [node];
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetchNodes);
    case 'Flatten':
      return fetchNodes(node.node);
    default:
      // Conditions, defer and subscriptions are not part of the benchmark's operations.
      throw new Error(`Unexpected query plan node ${node.kind}`);
  }
}
