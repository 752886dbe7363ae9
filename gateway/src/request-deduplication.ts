import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { callerKey, joinKey, type GatewayContext } from './context';
import { createInFlight } from './in-flight';

type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;

interface SharedExecution {
  readonly result: ExecutionResult;
  /** The leader's overall cache policy once the plan has run (restricted by subgraphs' Cache-Control). */
  readonly cachePolicy: unknown;
}

/**
 * Inbound in-flight de-duplication: while a query is executing, identical
 * queries join it instead of running the plan again, and each gets the
 * result. Only execution is shared; every caller keeps its own HTTP response,
 * correlation ID, error formatting and log line.
 *
 * "Identical" means the same {@link requestKey}: everything that can change
 * the answer. Mutations and subscriptions always run on their own.
 */
export function deduplicateRequests(gateway: GatewayInterface): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded = await gateway.load(options);
      return loaded.executor ? { ...loaded, executor: deduplicatingExecutor(loaded.executor) } : loaded;
    },
  };
}

export function deduplicatingExecutor(execute: Executor): Executor {
  const inFlight = createInFlight<SharedExecution>();
  return async (requestContext) => {
    if (requestContext.operation.operation !== 'query') return execute(requestContext);
    let leader = false;
    const shared = await inFlight.run(requestKey(requestContext), async () => {
      leader = true;
      const result = await execute(requestContext);
      return { result, cachePolicy: requestContext.overallCachePolicy };
    });
    if (leader) return shared.result;
    // A follower is never more cacheable than the execution it joined.
    requestContext.overallCachePolicy?.restrict(shared.cachePolicy);
    // Apollo Server builds each response from its own copy; the data itself is only read from here on.
    return { ...shared.result };
  };
}

/**
 * Everything that can change a query's answer: the operation (Apollo's
 * SHA-256 of its text), operation name, variables, extensions, and every
 * header the gateway forwards to subgraphs (the caller's Authorization,
 * trace context, and any header forwarded in future) except the correlation
 * ID, which only labels logs. Service credentials depend on the subgraph
 * alone, never on the caller, so they are the same for every request.
 */
export function requestKey(requestContext: RequestContext): string {
  const { request, queryHash, context } = requestContext;
  return joinKey([
    queryHash,
    request.operationName ?? '',
    request.variables === undefined ? '' : JSON.stringify(request.variables),
    request.extensions === undefined ? '' : JSON.stringify(request.extensions),
    callerKey((context as GatewayContext).forwardedHeaders),
  ]);
}
