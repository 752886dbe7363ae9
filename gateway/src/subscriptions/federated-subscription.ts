import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import { BoundedQueue } from '@telemed/streams/bounded-queue';
import { EVENT_SOURCE, type PlannedSubscription, type SubscriptionPlanner } from './subscription-planner';
import type { UpstreamSubscriptions } from './upstream-subscriptions';

/** The gateway context of one event: the subscriber's, plus the event's data. */
interface EventContext extends GatewayContext {
  readonly subscriptionEvent: Record<string, unknown>;
}

/** Answers the plan's first fetch with the event the owning subgraph pushed. */
const eventDataSource: GraphQLDataSource = {
  process: async (options) => ({ data: (options.context as Partial<EventContext>).subscriptionEvent ?? null }),
};

export interface SubscriptionEngineOptions {
  readonly planner: SubscriptionPlanner;
  readonly upstream: UpstreamSubscriptions;
  /** The same data sources (keep-alive pool, headers, service tokens) the gateway's queries use. */
  readonly dataSources: Readonly<Record<string, GraphQLDataSource>>;
  /** Events a subscriber may fall behind before its subscription is closed. */
  readonly maxQueuedEvents: number;
}

export interface SubscribeArgs {
  readonly planned: PlannedSubscription;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly context: GatewayContext;
}

/**
 * Runs federated subscriptions: opens the primary fetch on the owning
 * subgraph, and for each event executes the rest of the plan (entity fetches
 * to other subgraphs) with `@apollo/gateway`'s `executeQueryPlan`. Events of
 * one subscription are resolved in order; planning happened once, before.
 */
export class SubscriptionEngine {
  private readonly serviceMap: ServiceMap;

  constructor(private readonly options: SubscriptionEngineOptions) {
    this.serviceMap = { ...options.dataSources, [EVENT_SOURCE]: eventDataSource };
  }

  subscribe({ planned, variables, context }: SubscribeArgs): AsyncIterableIterator<ExecutionResult> {
    const { primary } = planned;
    let unsubscribe = () => {};
    const queue = new BoundedQueue<ExecutionResult>(this.options.maxQueuedEvents, () => unsubscribe());
    let chain = Promise.resolve();
    const primaryVariables = Object.fromEntries(
      (primary.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]),
    );
    const finish = (last?: ExecutionResult) => {
      chain = chain.then(() => {
        if (last) queue.push(last);
        queue.end();
      });
    };
    unsubscribe = this.options.upstream.subscribe(
      primary.serviceName,
      {
        query: primary.operation,
        variables: primaryVariables,
        operationName: primary.operationName,
        extensions: { headers: context.forwardedHeaders },
      },
      {
        next: (result) => {
          chain = chain
            .then(() => this.resolveEvent(planned, variables, context, result))
            .then((resolved) => queue.push(resolved))
            .catch((error: unknown) => {
              context.logger.error({ err: error }, 'resolving a subscription event failed');
              queue.push({ errors: [new GraphQLError('Could not resolve subscription event', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] });
            });
        },
        error: (error) => {
          context.logger.warn({ err: error, subgraph: primary.serviceName }, 'upstream subscription failed');
          finish({ errors: [upstreamError(primary.serviceName, error)] });
        },
        complete: () => finish(),
      },
    );
    return queue;
  }

  private async resolveEvent(
    planned: PlannedSubscription,
    variables: Readonly<Record<string, unknown>>,
    context: GatewayContext,
    event: ExecutionResult,
  ): Promise<ExecutionResult> {
    const upstreamErrors = (event.errors ?? []).map(revive);
    if (!event.data) return { errors: upstreamErrors };
    const eventContext: EventContext = { ...context, subscriptionEvent: event.data as Record<string, unknown> };
    // executeQueryPlan reads the variables, the context and a logger from the
    // request context; nothing else of a full Apollo request is needed.
    const requestContext = {
      request: { variables },
      context: eventContext,
      logger: context.logger,
      metrics: {},
    } as unknown as GatewayGraphQLRequestContext<EventContext>;
    const result = await executeQueryPlan(
      planned.perEvent,
      this.serviceMap,
      requestContext,
      planned.operationContext,
      this.options.planner.supergraphSchema,
      this.options.planner.apiSchema,
    );
    const errors = [...upstreamErrors, ...(result.errors ?? [])];
    return errors.length ? { data: result.data, errors } : { data: result.data };
  }
}

/** graphql-ws hands over errors as JSON; the server side needs GraphQLError instances again. */
function revive(error: GraphQLFormattedError | GraphQLError): GraphQLError {
  if (error instanceof GraphQLError) return error;
  return new GraphQLError(error.message, { path: error.path, extensions: error.extensions });
}

function upstreamError(subgraph: string, error: unknown): GraphQLError {
  // graphql-ws hands over either GraphQL errors from the subgraph or a close event.
  if (Array.isArray(error) && error[0] && typeof error[0].message === 'string') {
    const first = error[0] as { message: string; extensions?: Record<string, unknown> };
    return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: subgraph } });
  }
  return new GraphQLError(`Subscription to subgraph "${subgraph}" ended unexpectedly`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
  });
}
