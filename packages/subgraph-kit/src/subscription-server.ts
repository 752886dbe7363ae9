import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from '@telemed/observability/logger';

export interface SubgraphSubscriptionServerOptions<TContext> {
  readonly server: Server;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /**
   * Builds the context of one subscription from the headers the gateway put
   * in its `extensions` (one gateway connection carries many callers).
   */
  readonly context: (headers: Readonly<Record<string, string>>) => Promise<TContext>;
}

/**
 * graphql-ws on a subgraph's `/graphql`, for its `Subscription` fields. The
 * gateway holds one connection per subgraph and multiplexes its subscribers
 * over it; each subscribe message carries that subscriber's JWT and
 * correlation ID, so authorization happens per subscription, as for queries.
 */
export function attachSubgraphSubscriptions<TContext>(options: SubgraphSubscriptionServerOptions<TContext>) {
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });
  const server = useServer(
    {
      schema: options.schema,
      context: async (_ctx, _id, payload) => options.context(headersOf(payload.extensions)),
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

function headersOf(extensions: Readonly<Record<string, unknown>> | undefined | null): Record<string, string> {
  const headers = extensions?.headers;
  if (!headers || typeof headers !== 'object') return {};
  return Object.fromEntries(
    Object.entries(headers as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
