import { resolve } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createGraphQLHandler } from '@telemed/http-server/graphql-handler';
import { createHttpService, type HttpService } from '@telemed/http-server/service';
import { createLogger, type Logger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { jwksKeyResolver } from '@telemed/auth/jwks';
import type { KeyResolver } from '@telemed/auth/access-token';
import { serviceIdentityFromEnv } from '@telemed/auth/service-identity';
import { createServiceClient } from '@telemed/service-client/service-client';
import { subgraphUrl } from '@telemed/topology/subgraphs';
import { createApiKeyExchange, identityApiKeyLookup } from './api-key-exchange';
import { createCallerAuthenticator } from './caller-authentication';
import { buildContext, correlate, correlationIdOf, type GatewayContext } from './context';
import { corsPolicyFrom, handleCors } from './cors';
import { maskError } from './error-masking';
import { createFileProxy, FILES_ROUTE } from './file-proxy';
import { operationLimitsPlugin } from './operation-limits/apollo-plugin';
import { createOperationLimiter } from './operation-limits/operation-limiter';
import { refusalRecorder } from './operation-limits/refusals';
import { createGatewayMetrics } from './gateway-metrics';
import { operationLogPlugin } from './operation-log-plugin';
import { operationMetricsPlugin } from './operation-metrics-plugin';
import { persistedQueryGate } from './persisted-query-gate';
import { rateLimitsFromEnv } from './rate-limits';
import { createSafelist, readManifests, type Safelist } from './persisted-query-safelist';
import { deduplicateRequests } from './request-deduplication';
import { routingUrl } from './routing';
import { noServiceCredentials, serviceTokenCredentials, type ServiceCredentials } from './service-credentials';
import { isProduction, readGatewaySettings, type GatewaySettings } from './settings';
import { SubgraphDataSource } from './subgraph-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { startSubscriptions } from './subscriptions/start-subscriptions';
import { acknowledgeSubgraphEnforcedSecurity } from './supergraph-security';

export type { GatewayContext } from './context';

export interface GatewayOptions {
  /** Composed supergraph SDL; any valid supergraph works, not only this repository's. */
  readonly supergraphSdl: string;
  /** Where `SUBGRAPH_<NAME>_URL`, limits and `NODE_ENV` are read from (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  /** Masks internal errors and turns off introspection; defaults to `NODE_ENV === 'production'`. */
  readonly production?: boolean;
  /**
   * Per-subgraph credentials added to every subgraph request. Defaults to
   * service tokens signed with the gateway's key (`SERVICE_KEY_FILE` or
   * `SERVICE_KEY`); without a key (only outside production) none are added.
   */
  readonly serviceCredentials?: ServiceCredentials;
  /** Where access-token keys come from; defaults to identity's JWKS (`JWKS_URL`), cached. */
  readonly resolveKey?: KeyResolver;
  /**
   * The operations callers may run by persisted id; defaults to the manifests
   * in `PERSISTED_QUERIES_DIR` (default `schema/persisted`).
   */
  readonly safelist?: Safelist;
  /**
   * `false` leaves the operation limits off HTTP requests. Only the
   * benchmark's before/after row uses it (`bench/servers/gateway-without-limits.ts`);
   * no setting reaches it, so no deployment can turn the limits off.
   */
  readonly operationLimits?: boolean;
}

export interface Gateway {
  /**
   * The HTTP shell, not yet listening: `/graphql`, `/files/*` and `/healthz`
   * on `listen`; `/healthz`, `/readyz` and `/metrics` only on `listenOperations`.
   */
  readonly service: HttpService;
  /** The settings it was built with (the operations port and host among them). */
  readonly settings: GatewaySettings;
  readonly apollo: ApolloServer<GatewayContext>;
}

/**
 * Builds the gateway, loaded and ready to serve, without listening, so tests
 * and the benchmark can start it on any port. `service.close()` drains HTTP,
 * stops Apollo and closes the subgraph connection pool.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const env = options.env ?? process.env;
  const production = isProduction(env, options.production);
  const settings = readGatewaySettings(env);
  const cors = corsPolicyFrom(env, production);
  const logger = options.logger ?? createLogger('gateway');
  const metrics = createMetrics('gateway');
  const self = serviceIdentityFromEnv('gateway', env);
  if (production && !self && !options.serviceCredentials) {
    throw new Error('The gateway needs its service-token key in production (SERVICE_KEY_FILE or SERVICE_KEY)');
  }
  const credentials = options.serviceCredentials ?? (self ? serviceTokenCredentials(self.tokenFor) : noServiceCredentials);
  // One key cache for HTTP requests and WebSocket connections alike.
  const resolveKey =
    options.resolveKey ??
    jwksKeyResolver({
      url: env.JWKS_URL ?? new URL('/.well-known/jwks.json', subgraphUrl('identity', env)).toString(),
      ttlMs: settings.jwksCacheSeconds * 1000,
      maxStaleMs: settings.jwksMaxStaleSeconds * 1000,
      onFetchError: (error) => logger.warn({ err: error }, 'JWKS fetch failed; serving the keys fetched before'),
    });
  const rateLimits = rateLimitsFromEnv(env, logger);
  const authenticate = createCallerAuthenticator({
    resolveKey,
    apiKeys: self
      ? createApiKeyExchange(identityApiKeyLookup(createServiceClient({ self, urlOf: (target) => subgraphUrl(target, env), logger, registry: metrics.registry }), logger))
      : null,
    throttleUnknownKeys: rateLimits.admitKeyLookup,
  });
  const pool = createSubgraphFetcher({
    connectionsPerOrigin: settings.connectionsPerSubgraph,
    timeoutMs: settings.subgraphTimeoutMs,
    deduplicate: settings.dedupeSubgraphFetches,
    maxResponseBytes: settings.maxSubgraphResponseBytes,
  });

  const supergraphSdl = acknowledgeSubgraphEnforcedSecurity(options.supergraphSdl);
  // The data sources Apollo builds below, kept for the subscription engine so
  // events are resolved over the same pool, headers and credentials.
  const dataSources: Record<string, SubgraphDataSource> = {};
  const routes: Record<string, string> = {};
  const safelist =
    options.safelist ??
    createSafelist(readManifests(env.PERSISTED_QUERIES_DIR ?? resolve(__dirname, '../../schema/persisted')));
  const gatewayMetrics = createGatewayMetrics(metrics.registry, {
    knownOperations: safelist.operationNames,
    maxOtherOperations: settings.metricsMaxOperations,
  });
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    experimental_approximateQueryPlanStoreMiB: settings.queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      const routed = routingUrl({ name, url }, env);
      logger.info({ subgraph: name, url: routed }, 'subgraph route');
      routes[name] = routed;
      return (dataSources[name] = new SubgraphDataSource({
        name,
        url: routed,
        fetcher: pool.fetcher,
        stream: pool.stream,
        credentials,
        metrics: gatewayMetrics,
      }));
    },
  });

  const checkPersistedQuery = persistedQueryGate({
    safelist,
    requireIds: settings.requirePersistedQueries,
    refusals: gatewayMetrics.persistedQueryRefusals,
  });

  // One limiter and one refusal counter for HTTP and graphql-ws alike.
  const limiter = createOperationLimiter(settings.operationLimits);
  const recordRefusal = refusalRecorder(metrics.registry);
  const limited = options.operationLimits !== false;

  const apollo = new ApolloServer<GatewayContext>({
    gateway: settings.dedupeRequests ? deduplicateRequests(gateway) : gateway,
    logger: logger.child({ component: 'apollo-server' }),
    // Parsed and validated documents are cached by Apollo Server's default
    // document store (an LRU of about 30 MiB per schema); query plans by the
    // gateway's store sized above. Both key on the operation's hash, so a
    // repeated operation is neither parsed, validated nor planned again.
    csrfPrevention: true,
    // APQ served from the manifests only: the cache answers known ids and
    // drops writes, so no caller can register an operation at runtime (Apollo's
    // default would store any hash+query pair it is sent). Who may run which
    // id, and who must send one, is the persisted-query gate's decision (below).
    persistedQueries: { cache: safelist.cache, ttl: null },
    // The parser stops at the token limit; the limits plugin answers it like the other limits.
    ...(limited && { parseOptions: limiter.parseOptions }),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    ...(production && { formatError: maskError }),
    stopOnTerminationSignals: false,
    plugins: [
      operationLogPlugin(),
      operationMetricsPlugin(gatewayMetrics),
      ...(limited
        ? [
            operationLimitsPlugin({
              limiter,
              // Persisted operations were checked, at their worst-case variables, when the manifests were built.
              isPersisted: (hash) => safelist.has('apps', hash) || safelist.has('partners', hash),
              record: recordRefusal,
            }),
          ]
        : []),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const handleGraphQL = createGraphQLHandler<GatewayContext>({
    apollo,
    maxBodyBytes: settings.maxBodyBytes,
    // GraphQL multipart (uploadFile): one file; one byte over the cap reaches storage, which refuses it.
    uploads: { maxFiles: 1, maxFileSize: settings.maxFileBytes + 1 },
    // Runs before any subgraph is called: a credential that does not verify,
    // a caller over its rate limit, or a request the persisted-query policy
    // refuses, ends the request here.
    context: async (req, res, request) => {
      const clientIp = rateLimits.clientIp(req);
      const authenticated = await authenticate(req, correlationIdOf(req, res), clientIp);
      const context = buildContext(req, res, logger, authenticated, clientIp);
      await rateLimits.admit(clientIp, authenticated, context.logger);
      checkPersistedQuery(request, context);
      return context;
    },
  });

  const service = createHttpService({
    logger,
    metrics,
    routes: {
      '/graphql': (req, res) => {
        // The doctor and patient apps are served from their own origins.
        if (handleCors(req, res, cors)) return;
        correlate(req, res);
        return handleGraphQL(req, res);
      },
      // File links (uploads and downloads) minted by storage; streamed there, never parsed here.
      [FILES_ROUTE]: createFileProxy({
        storage: new URL(routingUrl({ name: 'storage', url: undefined }, env)),
        credentials,
        maxBytes: settings.maxFileBytes,
        cors,
        logger,
      }),
    },
    // Readiness and metrics are for probes and the scraper: a port of their own, kept off the public one.
    separateOperations: true,
    readiness: {
      // Subgraphs are deliberately not probed: a subgraph being down degrades
      // some fields, and taking every gateway replica out of rotation for it
      // would turn a partial outage into a total one.
      supergraph: async () => apollo.assertStarted('readiness check'),
    },
    beforeClose: async () => subscriptions?.close(),
    onClose: async () => {
      await apollo.stop();
      await pool.close();
      await rateLimits.close();
    },
  });
  const subscriptions = startSubscriptions({
    supergraphSdl,
    server: service.server,
    routes,
    dataSources,
    credentials,
    resolveKey,
    settings,
    registry: metrics.registry,
    limiter,
    recordRefusal,
    logger,
  });
  logger.info(
    {
      production,
      persistedQueries: safelist.counts,
      requirePersistedQueries: settings.requirePersistedQueries,
      dedupeRequests: settings.dedupeRequests,
      dedupeSubgraphFetches: settings.dedupeSubgraphFetches,
    },
    'gateway loaded',
  );
  return { service, apollo, settings };
}
