import { Supergraph, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { buildOperationContext } from '@apollo/gateway';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

type OperationContext = ReturnType<typeof buildOperationContext>;

/** The data source name under which each event's payload enters the plan. */
export const EVENT_SOURCE = '__subscription_event__';

/** A subscription, planned once and executed for every event. */
export interface PlannedSubscription {
  /** Identifies the operation (its text and name); equal keys, equal plans. */
  readonly key: string;
  /** The fetch to open on the subgraph that owns the subscription field. */
  readonly primary: FetchNode;
  /**
   * The plan run per event: the primary fetch, answered by the event itself
   * (`EVENT_SOURCE`), then the fetches other subgraphs serve (`rest`).
   */
  readonly perEvent: QueryPlan;
  readonly operationContext: OperationContext;
}

/**
 * Plans subscriptions with Apollo's own query planner. `@apollo/gateway`
 * plans them too (a `Subscription` node with a `primary` fetch and the `rest`)
 * but refuses to execute them; planning here, once per operation, lets the
 * gateway execute `rest` per event with its ordinary `executeQueryPlan`.
 */
export class SubscriptionPlanner {
  readonly apiSchema: Schema;
  /** The API schema as graphql-js sees it, for validation. */
  readonly schema: GraphQLSchema;
  readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly cache = new Map<string, PlannedSubscription>();

  constructor(supergraphSdl: string, private readonly maxCached = 1_000) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.apiSchema = supergraph.apiSchema();
    this.schema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
  }

  /** Plans a validated subscription document; `key` identifies the operation text and name. */
  plan(document: DocumentNode, operationName: string | undefined, key: string): PlannedSubscription {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const operation = operationFromDocument(this.apiSchema, document, { operationName, validate: false });
    const plan = this.planner.buildQueryPlan(operation);
    const node = plan.node;
    if (node?.kind !== 'Subscription') throw new Error('Not a subscription operation');
    const eventFetch: FetchNode = { ...node.primary, serviceName: EVENT_SOURCE };
    const planned: PlannedSubscription = {
      key,
      primary: node.primary,
      perEvent: {
        kind: 'QueryPlan',
        node: node.rest ? { kind: 'Sequence', nodes: [eventFetch, node.rest] } : eventFetch,
      },
      operationContext: buildOperationContext({ schema: this.schema, operationDocument: document, operationName }),
    };
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, planned);
    return planned;
  }
}
