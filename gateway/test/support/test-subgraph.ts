import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { createGraphQLHandler } from '@telemed/http-server/graphql-handler';
import { createHttpService, type HttpService } from '@telemed/http-server/service';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { parse } from 'graphql';

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
  /** TCP connections accepted since start (across restarts). */
  connections(): number;
  /** Stops listening and drops its sockets, as a crashed or stopped subgraph would. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startTestSubgraph(definition: TestSubgraphDefinition): Promise<TestSubgraph> {
  const logger = createLogger(`test-${definition.name}`, 'silent');
  const apollo = new ApolloServer({
    logger,
    schema: buildSubgraphSchema({ typeDefs: parse(definition.typeDefs), resolvers: definition.resolvers }),
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

  const start = async () => {
    const next = createHttpService({ logger, metrics, routes: { '/graphql': handler } });
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
    connections: () => connections,
    start,
    async stop() {
      const current = service;
      service = undefined;
      await current?.close();
    },
  };
}
