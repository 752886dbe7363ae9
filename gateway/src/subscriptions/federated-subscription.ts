import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { SpanKind } from '@opentelemetry/api';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { contextFromCarrier, inSpan, type TraceCarrier } from '@telemed/observability/trace-context';
import { callerKey, joinKey, type GatewayContext } from '../context';
import { BoundedQueue } from '@telemed/streams/bounded-queue';
import { EventStream } from './event-stream';
import { EVENT_SOURCE, type PlannedSubscription, type SubscriptionPlanner } from './subscription-planner';
import type { UpstreamSink, UpstreamSubscriptions } from './upstream-subscriptions';

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
  /** Share one upstream subscription between subscribers of the same operation, variables and credentials. */
  readonly share: boolean;
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
 *
 * Subscribers whose operation, variables and forwarded credentials are all
 * the same would receive the same results: they share one upstream
 * subscription and one resolution per event (an `EventStream`). The
 * credentials are part of the key, so no caller ever receives what was
 * resolved for another; the shared upstream carries the first subscriber's
 * correlation ID.
 */
export class SubscriptionEngine {
  private readonly serviceMap: ServiceMap;
  /** Shared streams by key; only streams still taking subscribers. */
  private readonly shared = new Map<string, EventStream>();
  /** Every stream still taking subscribers, shared or not (metrics). */
  private readonly live = new Set<EventStream>();

  constructor(private readonly options: SubscriptionEngineOptions) {
    this.serviceMap = { ...options.dataSources, [EVENT_SOURCE]: eventDataSource };
  }

  /** Subscriptions open right now, and the upstream subscriptions that feed them (metrics). */
  get counts(): { readonly subscribers: number; readonly upstreams: number } {
    let subscribers = 0;
    for (const stream of this.live) subscribers += stream.size;
    return { subscribers, upstreams: this.live.size };
  }

  subscribe({ planned, variables, context }: SubscribeArgs): AsyncIterableIterator<ExecutionResult> {
    const key = this.options.share ? joinKey([planned.key, JSON.stringify(variables), callerKey(context.forwardedHeaders)]) : null;
    const existing = key === null ? undefined : this.shared.get(key);
    const stream = existing ?? this.createStream(key, planned, variables, context);
    // Detaching twice is harmless: a queue both returned and failed leaves once.
    const queue: BoundedQueue<ExecutionResult> = new BoundedQueue(this.options.maxQueuedEvents, () => stream.detach(queue));
    stream.attach(queue);
    if (!existing) stream.open((sink) => this.openUpstream(planned, variables, context, sink));
    return queue;
  }

  private createStream(
    key: string | null,
    planned: PlannedSubscription,
    variables: Readonly<Record<string, unknown>>,
    context: GatewayContext,
  ): EventStream {
    const stream: EventStream = new EventStream({
      resolve: (event) => this.resolveEvent(planned, variables, context, event),
      failure: (error) => {
        context.logger.warn({ err: error, subgraph: planned.primary.serviceName }, 'upstream subscription failed');
        return { errors: [upstreamError(planned.primary.serviceName, error)] };
      },
      onDone: () => {
        this.live.delete(stream);
        if (key !== null && this.shared.get(key) === stream) this.shared.delete(key);
      },
      logger: context.logger,
    });
    this.live.add(stream);
    if (key !== null) this.shared.set(key, stream);
    return stream;
  }

  private openUpstream(
    planned: PlannedSubscription,
    variables: Readonly<Record<string, unknown>>,
    context: GatewayContext,
    sink: UpstreamSink,
  ): () => void {
    const { primary } = planned;
    const primaryVariables = Object.fromEntries(
      (primary.variableUsages ?? []).filter((name) => name in variables).map((name) => [name, variables[name]]),
    );
    return this.options.upstream.subscribe(
      primary.serviceName,
      {
        query: primary.operation,
        variables: primaryVariables,
        operationName: primary.operationName,
        extensions: { headers: context.forwardedHeaders },
      },
      sink,
    );
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
    // In the trace of the event (the owning subgraph sends its context in the
    // result's extensions, which go no further): the entity fetches below are
    // its children, so a booking's trace reaches the subscribers it updated.
    const result = await inSpan(
      'subscription event',
      {
        kind: SpanKind.INTERNAL,
        parent: contextFromCarrier(event.extensions as TraceCarrier | undefined),
        attributes: { 'graphql.operation.type': 'subscription', 'telemed.subgraph': planned.primary.serviceName },
      },
      () =>
        executeQueryPlan(
          planned.perEvent,
          this.serviceMap,
          requestContext,
          planned.operationContext,
          this.options.planner.supergraphSchema,
          this.options.planner.apiSchema,
        ),
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
