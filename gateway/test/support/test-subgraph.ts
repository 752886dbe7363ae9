import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { createGraphQLHandler } from '@telemed/http-server/graphql-handler';
import { createHttpService, type HttpService } from '@telemed/http-server/service';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { parse } from 'graphql';
import { attachSubgraphSubscriptions } from '@telemed/subgraph-kit/subscription-server';

export interface TestSubgraphDefinition {
  readonly name: string;
  readonly typeDefs: string;
  readonly resolvers: GraphQLResolverMap<unknown>;
}

/** A real subgraph on a real port that remembers what the gateway sent it. */
export interface TestSubgraph {
  readonly name: string;
  readonly typeDefs: string;
  readonly url: string;
  /** Headers of every GraphQL request received, oldest first. */
  readonly requests: IncomingHttpHeaders[];
  /** Headers each subscription carried (graphql-ws `extensions.headers`), oldest first. */
  readonly subscriptions: Record<string, string>[];
  /** TCP connections accepted since start (across restarts). */
  connections(): number;
  /** Stops listening and drops its sockets, as a crashed or stopped subgraph would. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startTestSubgraph(definition: TestSubgraphDefinition): Promise<TestSubgraph> {
  const logger = createLogger(`test-${definition.name}`, 'silent');
  const schema = buildSubgraphSchema({ typeDefs: parse(definition.typeDefs), resolvers: definition.resolvers });
  const apollo = new ApolloServer({
    logger,
    schema,
    // Sent on purpose, so tests can prove the gateway strips it in production.
    includeStacktraceInErrorResponses: true,
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const requests: IncomingHttpHeaders[] = [];
  const handler = createGraphQLHandler({
    apollo,
    maxBodyBytes: 1024 * 1024,
    // Resolvers see the request's headers, to prove what reached the subgraph.
    context: async (req) => {
      requests.push({ ...req.headers });
      return { headers: req.headers };
    },
  });
  const metrics = createMetrics(`test-${definition.name}`);
  let connections = 0;
  let port = 0;
  let service: HttpService | undefined;
  const subscriptions: Record<string, string>[] = [];

  const start = async () => {
    let ws: { close(): Promise<void> } | null = null;
    const next = createHttpService({ logger, metrics, routes: { '/graphql': handler }, beforeClose: async () => ws?.close() });
    if (schema.getSubscriptionType()) {
      ws = attachSubgraphSubscriptions({
        server: next.server,
        schema,
        logger,
        // The gateway's service token is checked by the platform's kit; these test subgraphs accept any.
        authenticate: () => null,
        context: async (headers) => {
          subscriptions.push({ ...headers });
          return { headers };
        },
      });
    }
    next.server.on('connection', () => connections++);
    port = await next.listen(port, '127.0.0.1');
    service = next;
  };
  await start();

  return {
    name: definition.name,
    typeDefs: definition.typeDefs,
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    subscriptions,
    connections: () => connections,
    start,
    async stop() {
      const current = service;
      service = undefined;
      await current?.close();
    },
  };
}
