import DataLoader from 'dataloader';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM } from '@mikro-orm/postgresql';
import { jwksKeyResolver } from '@telemed/auth/jwks';
import { SERVICE_TOKEN_HEADER, serviceTokenSigner, verifyServiceToken, type ServicePrincipal } from '@telemed/auth/service-token';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import { createLogger, type Logger } from '@telemed/observability/logger';
import type { TraceCarrier } from '@telemed/observability/trace-context';
import { createMetrics, type ServiceMetrics } from '@telemed/observability/metrics';
import { createGraphQLHandler } from '@telemed/http-server/graphql-handler';
import { createHttpService, type HttpService } from '@telemed/http-server/service';
import { createServiceClient, type ServiceClient } from '@telemed/service-client/service-client';
import { normaliseIp } from '@telemed/rate-limit/client-ip';
import { enforceAccess } from './access-control';
import { AuditRecorder } from './audit-recorder';
import { auditFlushPlugin, auditRelay, flushAuditedReads } from './audit-wiring';
import { callerAuthenticator } from './authentication';
import { GATEWAY_SERVICE } from './authorization';
import type { SubgraphContext } from './context';
import type { SubgraphDefinition } from './definition';
import type { SubgraphEnv } from './env';
import { createFormatError } from './errors';
import { startEventRuntime } from './events/event-runtime';
import { liveEventsOn, withFreshReads } from './events/live-events';
import { LazyNatsConnection } from './nats-connection';
import { migrate, openOrm, type OrmOptions } from './orm';
import { requireServiceToken, servicePrincipalOf } from './service-authentication';
import { attachSubgraphSubscriptions } from './subscription-server';
import type { Worker } from './worker';

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
/** Set by the gateway from the socket it accepted; trusted only on requests the gateway signed. */
export const CLIENT_IP_HEADER = 'x-client-ip';

/**
 * The one subgraph factory: opens (and migrates) the subgraph's own database,
 * builds the federated schema with access control, and serves it with
 * per-request contexts, service-token checks, health, readiness, metrics and
 * graceful shutdown. Call `service.listen()`.
 */
export async function createSubgraph<TLoaders extends object>(
  definition: SubgraphDefinition<TLoaders>,
  env: SubgraphEnv,
): Promise<RunningSubgraph<TLoaders>> {
  const logger = createLogger(definition.name);
  const serviceTrust = env.serviceTrust;
  if (!serviceTrust) {
    throw new Error(`${definition.name}: no service-token trust bundle; set SERVICE_JWKS_FILE or SERVICE_JWKS (npm start provisions one)`);
  }
  const metrics = createMetrics(definition.name);
  const ormOptions = ormOptionsOf(env, metrics, logger);
  const orm = await openOrm(definition, ormOptions);
  if (env.migrateOnStart) {
    const applied = await migrate(orm, definition, { ...ormOptions, seed: env.seedDemoData });
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const nats = new LazyNatsConnection(env.natsUrl, definition.name, logger, env.natsAuth);
  const liveEvents = liveEventsOn(nats, env.eventNamespace);
  const services = serviceClientFor(definition.name, env, logger, metrics);
  const events = startEventRuntime({ definition, orm, nats, env, logger, metrics, services });
  const workers: Worker[] = (definition.workers ?? []).map((worker) =>
    worker.start({ orm, logger: logger.child({ worker: worker.name }), services, env, processEnv: process.env }),
  );
  if (definition.auditOutbox) workers.push(auditRelay(orm, services, logger, env));

  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
  enforceAccess(schema, definition.typeDefs, definition.policies ?? {});
  if (!definition.auditOutbox && Object.values(definition.policies ?? {}).some((policy) => policy.audited)) {
    throw new Error(`${definition.name} audits reads but has no audit outbox (auditOutbox: true)`);
  }

  const formatError = createFormatError(logger, env.production);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: !env.production,
    introspection: true,
    // No Apollo Studio here; traces would only add bytes to every response.
    plugins: [ApolloServerPluginInlineTraceDisabled(), auditFlushPlugin<TLoaders>(orm)],
  });
  await apollo.start();

  const authenticate = callerAuthenticator(
    jwksKeyResolver({
      url: env.jwksUrl,
      ttlMs: env.jwksCacheSeconds * 1000,
      maxStaleMs: env.jwksMaxStaleSeconds * 1000,
      onFetchError: (error) => logger.warn({ err: error }, 'JWKS fetch failed; serving the keys fetched before'),
    }),
  );
  // Per subscription context: the trace of the event whose result is sent next (see withFreshReads).
  const liveEventTraces = new WeakMap<object, TraceCarrier>();

  // One context builder for HTTP requests and for subscriptions, whose
  // headers arrive in graphql-ws `extensions` and whose service token was
  // checked when the gateway's connection opened.
  const contextFrom = async (
    headers: Readonly<Record<string, string | string[] | undefined>>,
    service: ServicePrincipal,
  ): Promise<SubgraphContext<TLoaders>> => {
    const correlationId = correlationIdFrom(headers[CORRELATION_HEADER]);
    const authorization = headers.authorization;
    const caller = await authenticate(typeof authorization === 'string' ? authorization : undefined);
    // SQL of another service's call (service client) is counted apart from the gateway's requests.
    const em = orm.em.fork({ loggerContext: { correlationId, ...(service.issuer !== GATEWAY_SERVICE && { origin: 'service' }) } });
    const loaders = definition.loaders(em);
    const ip = headers[CLIENT_IP_HEADER];
    const forgetReads = (event: { traceparent?: string; tracestate?: string }) => {
      em.clear();
      for (const loader of Object.values(loaders)) if (loader instanceof DataLoader) loader.clearAll();
      liveEventTraces.set(context, { traceparent: event.traceparent, tracestate: event.tracestate });
    };
    const context: SubgraphContext<TLoaders> = {
      subgraph: definition.name,
      em,
      loaders,
      caller,
      service,
      // The gateway's answer by the platform's one rule (`clientIpOf`, TRUSTED_PROXIES); an address, or nothing.
      clientIp: service.issuer === GATEWAY_SERVICE && typeof ip === 'string' ? normaliseIp(ip) : null,
      correlationId,
      logger: logger.child({ correlationId, ...(caller && { userId: caller.userId }) }),
      audit: new AuditRecorder({ caller, viaService: service.issuer, correlationId }, definition.auditOutbox ?? false),
      services,
      nats,
      liveEvents: withFreshReads(liveEvents, forgetReads),
      authorization: caller && typeof authorization === 'string' ? authorization : undefined,
    };
    return context;
  };
  const context = (req: IncomingMessage) => contextFrom(req.headers, servicePrincipalOf(req));

  const service = createHttpService({
    logger,
    metrics,
    routes: {
      ...definition.routes?.(env, { orm, logger, services }),
      '/graphql': requireServiceToken(
        definition.name,
        env.serviceTrust,
        createGraphQLHandler({
          apollo,
          context,
          maxBodyBytes: MAX_BODY_BYTES,
          uploads: definition.uploads?.(),
          responseHeaders: (req) => ({ [CORRELATION_HEADER]: correlationIdFrom(req.headers[CORRELATION_HEADER]) }),
        }),
      ),
    },
    readiness: {
      database: async () => void (await orm.em.getConnection().execute('select 1')),
      nats: () => nats.check(),
      events: () => events.check(),
    },
    onClose: async () => {
      await apollo.stop();
      await Promise.allSettled(workers.map((worker) => worker.stop()));
      await events.close();
      await nats.close();
      await orm.close();
    },
  });

  const subscriptions = schema.getSubscriptionType()
    ? attachSubgraphSubscriptions({
        server: service.server,
        schema,
        logger,
        authenticate: (params) => verifyServiceToken(String(params[SERVICE_TOKEN_HEADER] ?? ''), serviceTrust, definition.name),
        context: contextFrom,
        formatError,
        registry: metrics.registry,
        // A subscription lives for hours: its reads are written per event, like an HTTP response's.
        beforeDelivery: (contextValue) => flushAuditedReads(orm, contextValue),
        traceOf: (context) => liveEventTraces.get(context as object),
      })
    : null;

  return {
    service,
    apollo,
    orm,
    logger,
    metrics,
    nats,
    close: async () => {
      await subscriptions?.close();
      await service.close();
    },
  };
}

/** How a subgraph process reaches its database, from its settings. */
export function ormOptionsOf(env: SubgraphEnv, metrics: ServiceMetrics, logger: Logger): OrmOptions {
  return {
    serverUrl: env.databaseUrl,
    prefix: env.databasePrefix,
    database: env.databaseName,
    createDatabase: env.createDatabase,
    metrics,
    logger,
    poolMax: env.dbPoolMax,
  };
}

function serviceClientFor(name: string, env: SubgraphEnv, logger: Logger, metrics: ServiceMetrics): ServiceClient {
  const key = env.serviceKey;
  const tokenFor = key
    ? serviceTokenSigner(name, key)
    : () => {
        throw new Error(`${name} has no service key (SERVICE_KEY_FILE) and cannot call other services`);
      };
  return createServiceClient({ self: { name, tokenFor }, logger, registry: metrics.registry });
}
