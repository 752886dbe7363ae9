import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import { createLogger, type Logger } from '@telemed/observability/logger';
import { createMetrics, type ServiceMetrics } from '@telemed/observability/metrics';
import { createGraphQLHandler } from '@telemed/http-server/graphql-handler';
import { createHttpService, type HttpService } from '@telemed/http-server/service';
import type { SubgraphContext } from './context';
import type { SubgraphDefinition } from './definition';
import type { SubgraphEnv } from './env';
import { jwksKeyResolver } from '@telemed/auth/jwks';
import { callerAuthenticator } from './authentication';
import { createFormatError } from './errors';
import { LazyNatsConnection } from './nats-connection';
import { migrate, openOrm, type OrmOptions } from './orm';

export interface RunningSubgraph<TLoaders extends object> {
  readonly service: HttpService;
  readonly apollo: ApolloServer<SubgraphContext<TLoaders>>;
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  readonly nats: LazyNatsConnection;
  /** Stops accepting requests, finishes those in flight, closes NATS and the pool. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function forwardHeaders(req: IncomingMessage, correlationId: string): Record<string, string> {
  const { authorization, traceparent } = req.headers;
  return {
    [CORRELATION_HEADER]: correlationId,
    ...(authorization ? { authorization } : {}),
    ...(typeof traceparent === 'string' ? { traceparent } : {}),
  };
}

/**
 * The one subgraph factory: opens (and migrates) the subgraph's own database,
 * builds the federated schema, and serves it with per-request contexts,
 * health, readiness, metrics and graceful shutdown. Call `service.listen()`.
 */
export async function createSubgraph<TLoaders extends object>(
  definition: SubgraphDefinition<TLoaders>,
  env: SubgraphEnv,
): Promise<RunningSubgraph<TLoaders>> {
  const logger = createLogger(definition.name);
  const metrics = createMetrics(definition.name);
  const ormOptions: OrmOptions = {
    serverUrl: env.databaseUrl,
    prefix: env.databasePrefix,
    metrics,
    logger,
    poolMax: env.dbPoolMax,
  };
  const orm = await openOrm(definition, ormOptions);
  if (env.migrateOnStart) {
    const applied = await migrate(orm, definition, { ...ormOptions, seed: env.seedDemoData });
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const nats = new LazyNatsConnection(env.natsUrl, definition.name, logger);

  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    // Resolver maps are typed per subgraph by codegen; Apollo's own type knows no context.
    schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }),
    formatError: createFormatError(logger, env.production),
    includeStacktraceInErrorResponses: !env.production,
    introspection: true,
    // No Apollo Studio here; traces would only add bytes to every response.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  const authenticate = callerAuthenticator(jwksKeyResolver({ url: env.jwksUrl }));

  const context = async (req: IncomingMessage): Promise<SubgraphContext<TLoaders>> => {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    const caller = await authenticate(req.headers.authorization);
    const em = orm.em.fork({ loggerContext: { correlationId } });
    return {
      em,
      loaders: definition.loaders(em),
      caller,
      correlationId,
      logger: logger.child({ correlationId, ...(caller && { userId: caller.userId }) }),
      forwardHeaders: forwardHeaders(req, correlationId),
    };
  };

  const service = createHttpService({
    logger,
    metrics,
    routes: {
      ...definition.routes?.(env),
      '/graphql': createGraphQLHandler({
        apollo,
        context,
        maxBodyBytes: MAX_BODY_BYTES,
        responseHeaders: (req) => ({ [CORRELATION_HEADER]: correlationIdFrom(req.headers[CORRELATION_HEADER]) }),
      }),
    },
    readiness: {
      database: async () => void (await orm.em.getConnection().execute('select 1')),
      nats: () => nats.check(),
    },
    onClose: async () => {
      await apollo.stop();
      await nats.close();
      await orm.close();
    },
  });

  return { service, apollo, orm, logger, metrics, nats, close: () => service.close() };
}
