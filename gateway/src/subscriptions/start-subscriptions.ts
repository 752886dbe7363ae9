import type { Server } from 'node:http';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { KeyResolver } from '@telemed/auth/access-token';
import type { Logger } from '@telemed/observability/logger';
import { Gauge, type Registry } from 'prom-client';
import type { OperationLimiter } from '../operation-limits/operation-limiter';
import type { RecordRefusal } from '../operation-limits/refusals';
import type { ServiceCredentials } from '../service-credentials';
import type { GatewaySettings } from '../settings';
import { SubscriptionEngine } from './federated-subscription';
import { SubscriptionPlanner } from './subscription-planner';
import { UpstreamSubscriptions } from './upstream-subscriptions';
import { attachSubscriptionServer } from './websocket-server';

export interface StartSubscriptionsOptions {
  readonly supergraphSdl: string;
  readonly server: Server;
  /** Routing URL per subgraph, as the gateway resolved them. */
  readonly routes: Readonly<Record<string, string>>;
  readonly dataSources: Readonly<Record<string, GraphQLDataSource>>;
  readonly credentials: ServiceCredentials;
  /** Verifies callers' access tokens (the gateway's cached JWKS). */
  readonly resolveKey: KeyResolver;
  readonly settings: GatewaySettings;
  /** Where the subscription gauges are registered (the gateway's `/metrics`). */
  readonly registry: Registry;
  /** The operation limits HTTP requests get, applied to each subscription too. */
  readonly limiter: OperationLimiter;
  readonly recordRefusal: RecordRefusal;
  readonly logger: Logger;
}

/**
 * Serves the supergraph's subscriptions over graphql-ws on `/graphql`, when it
 * has any. Nothing here is specific to one subscription: a subgraph that
 * declares a `Subscription` field is served without gateway changes.
 */
export function startSubscriptions(options: StartSubscriptionsOptions): { close(): Promise<void> } | null {
  const planner = new SubscriptionPlanner(options.supergraphSdl);
  if (!planner.schema.getSubscriptionType()) return null;
  const logger = options.logger.child({ component: 'subscriptions' });
  const upstream = new UpstreamSubscriptions(
    (subgraph) => {
      const url = options.routes[subgraph];
      if (!url) throw new Error(`No route to subgraph "${subgraph}"`);
      return url;
    },
    options.credentials,
    logger,
    options.settings.subscriptionUpstreamRetries,
  );
  const engine = new SubscriptionEngine({
    planner,
    upstream,
    dataSources: options.dataSources,
    maxQueuedEvents: options.settings.subscriptionMaxQueuedEvents,
    share: options.settings.shareSubscriptions,
  });
  new Gauge({
    name: 'graphql_subscriptions_active',
    help: 'Subscriptions open at this gateway',
    registers: [options.registry],
    collect() {
      this.set(engine.counts.subscribers);
    },
  });
  new Gauge({
    name: 'graphql_subscription_upstreams_active',
    help: 'Upstream subscriptions to subgraphs feeding them (subscribers with the same operation, variables and credentials share one)',
    registers: [options.registry],
    collect() {
      this.set(engine.counts.upstreams);
    },
  });
  const server = attachSubscriptionServer({
    server: options.server,
    path: '/graphql',
    planner,
    engine,
    resolveKey: options.resolveKey,
    logger,
    keepAliveMs: options.settings.subscriptionKeepAliveMs,
    limits: {
      limiter: options.limiter,
      recordRefusal: options.recordRefusal,
      maxPayloadBytes: options.settings.subscriptionMaxPayloadBytes,
      subscriptionsPerConnection: options.settings.subscriptionsPerConnection,
      connectionsPerCaller: options.settings.subscriptionConnectionsPerCaller,
    },
  });
  return {
    close: async () => {
      await server.close();
      await upstream.dispose();
    },
  };
}
