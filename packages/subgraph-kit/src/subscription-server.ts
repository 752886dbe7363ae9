import type { Server } from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { Gauge, type Registry } from 'prom-client';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '@telemed/observability/logger';
import type { TraceCarrier } from '@telemed/observability/trace-context';

export interface SubgraphSubscriptionServerOptions<TContext, TPrincipal> {
  readonly server: Server;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /**
   * Checks the connecting service's credentials (`connection_init` params,
   * e.g. the gateway's service token); throwing refuses the connection with 4401.
   */
  readonly authenticate: (params: Readonly<Record<string, unknown>>) => TPrincipal;
  /**
   * Builds the context of one subscription from the headers the gateway put
   * in its `extensions` (one gateway connection carries many callers).
   */
  readonly context: (headers: Readonly<Record<string, string>>, principal: TPrincipal) => Promise<TContext>;
  /** The subgraph's error formatter, so subscription errors carry the same codes as query errors. */
  readonly formatError?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Where `graphql_subscriptions_active` is registered (the subgraph's `/metrics`). */
  readonly registry?: Registry;
  /**
   * Runs after each event's result is computed and before it is sent (the
   * audit flush: what this event let the subscriber read is recorded first).
   * Throwing withholds the event: the subscriber gets an error result instead.
   */
  readonly beforeDelivery?: (context: TContext) => Promise<void>;
  /**
   * The trace context of the event a subscription's next result was resolved
   * from; sent as the result's `extensions.traceparent`, so the gateway
   * resolves and delivers it in the event's trace.
   */
  readonly traceOf?: (context: TContext) => TraceCarrier | undefined;
}

/**
 * graphql-ws on a subgraph's `/graphql`, for its `Subscription` fields. The
 * gateway holds one connection per subgraph and multiplexes its subscribers
 * over it; each subscribe message carries that subscriber's JWT and
 * correlation ID, so authorization happens per subscription, as for queries.
 */
export function attachSubgraphSubscriptions<TContext, TPrincipal>(options: SubgraphSubscriptionServerOptions<TContext, TPrincipal>) {
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const principals = new WeakMap<object, TPrincipal>();
  // Open subscriptions per gateway connection, for the gauge: one replica's share of the subscribers.
  const active = new Map<object, Set<string>>();
  if (options.registry) {
    new Gauge({
      name: 'graphql_subscriptions_active',
      help: 'Subscriptions this process is serving',
      registers: [options.registry],
      collect() {
        let open = 0;
        for (const ids of active.values()) open += ids.size;
        this.set(open);
      },
    });
  }
  const server = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        try {
          principals.set(ctx, options.authenticate(ctx.connectionParams ?? {}));
          return true;
        } catch (error) {
          ctx.extra.socket.close(CloseCode.Unauthorized, error instanceof Error ? error.message.slice(0, 120) : 'Unauthorized');
          return false;
        }
      },
      context: async (ctx, _id, payload) => options.context(headersOf(payload.extensions), principals.get(ctx)!),
      onOperation: (ctx, id) => {
        let ids = active.get(ctx);
        if (!ids) active.set(ctx, (ids = new Set()));
        ids.add(id);
      },
      onComplete: (ctx, id) => void active.get(ctx)?.delete(id),
      onClose: (ctx) => void active.delete(ctx),
      onNext: async (_ctx, _id, _payload, args, result) => {
        if (options.beforeDelivery) {
          try {
            await options.beforeDelivery(args.contextValue as TContext);
          } catch (error) {
            options.logger.error({ err: error }, 'subscription event withheld: the step before delivery failed');
            return { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
          }
        }
        const format = options.formatError;
        const trace = options.traceOf?.(args.contextValue as TContext);
        if (!trace?.traceparent && (!format || !result.errors?.length)) return undefined;
        return {
          ...result,
          ...(format && result.errors?.length && { errors: result.errors.map((error) => format(error.toJSON(), error)) }),
          ...(trace?.traceparent && { extensions: { ...result.extensions, ...traceExtensions(trace) } }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        options.logger.warn({ errors: errors.map((e) => e.message) }, 'subscription refused');
      },
    },
    wss,
    30_000,
  );
  return {
    close: async () => {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function traceExtensions(trace: TraceCarrier): TraceCarrier {
  return { traceparent: trace.traceparent, ...(trace.tracestate && { tracestate: trace.tracestate }) };
}

function headersOf(extensions: Readonly<Record<string, unknown>> | undefined | null): Record<string, string> {
  const headers = extensions?.headers;
  if (!headers || typeof headers !== 'object') return {};
  return Object.fromEntries(
    Object.entries(headers as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
