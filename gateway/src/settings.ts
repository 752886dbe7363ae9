import { DEFAULT_OPERATION_LIMITS, LIMIT_VARIABLES, type OperationLimits } from './operation-limits/limits';
import { JWKS_DEFAULTS } from '@telemed/auth/jwks';
import { GATEWAY_OPS_PORT } from '@telemed/topology/subgraphs';

/**
 * Gateway tuning read from the environment once at start-up. Every knob has a
 * default that suits one gateway process on a developer machine and in the
 * benchmark; production overrides them per deployment.
 */
export interface GatewaySettings {
  /** Largest request body accepted (`GATEWAY_MAX_BODY_BYTES`, default 1 MiB); larger ones get 413. */
  readonly maxBodyBytes: number;
  /**
   * Largest body streamed through `/files/` to storage (`GATEWAY_MAX_FILE_BYTES`,
   * default 20 MiB): a coarse cap in front of storage's exact per-file check.
   */
  readonly maxFileBytes: number;
  /** Open sockets kept per subgraph origin (`SUBGRAPH_CONNECTIONS`, default 128). */
  readonly connectionsPerSubgraph: number;
  /** Time a subgraph gets for its headers and then its body (`SUBGRAPH_TIMEOUT_MS`, default 30 s). */
  readonly subgraphTimeoutMs: number;
  /** Approximate size of the query-plan cache (`GATEWAY_QUERY_PLAN_CACHE_MIB`, default 30). */
  readonly queryPlanCacheMiB: number;
  /** Identical queries in flight at once execute once (`GATEWAY_DEDUPE_REQUESTS`, default true). */
  readonly dedupeRequests: boolean;
  /** Identical subgraph query fetches in flight at once share one call (`GATEWAY_DEDUPE_SUBGRAPH_FETCHES`, default true). */
  readonly dedupeSubgraphFetches: boolean;
  /**
   * Subscribers with the same operation, variables and credentials share one
   * upstream subscription and one resolution per event (`GATEWAY_SHARE_SUBSCRIPTIONS`, default true).
   */
  readonly shareSubscriptions: boolean;
  /**
   * Every caller must send a persisted id from its manifest, not a query
   * (`GATEWAY_REQUIRE_PERSISTED_QUERIES`, default false; partners always must).
   */
  readonly requirePersistedQueries: boolean;
  /** Events a subscriber may fall behind before its subscription is closed (`SUBSCRIPTION_MAX_QUEUED_EVENTS`, default 100). */
  readonly subscriptionMaxQueuedEvents: number;
  /** Reconnection attempts to a subgraph's subscription endpoint (`SUBSCRIPTION_UPSTREAM_RETRIES`, default 5). */
  readonly subscriptionUpstreamRetries: number;
  /** Ping interval on subscribers' WebSockets (`SUBSCRIPTION_KEEPALIVE_MS`, default 30 s); a missed pong drops the client. */
  readonly subscriptionKeepAliveMs: number;
  /** Depth, aliases, tokens, directives, root fields and cost of every operation (`GATEWAY_MAX_*`). */
  readonly operationLimits: OperationLimits;
  /** Largest subgraph response body the gateway reads (`GATEWAY_MAX_SUBGRAPH_RESPONSE_BYTES`, default 5 MiB). */
  readonly maxSubgraphResponseBytes: number;
  /** Largest WebSocket message a subscriber may send (`SUBSCRIPTION_MAX_PAYLOAD_BYTES`, default 64 KiB); larger closes the socket. */
  readonly subscriptionMaxPayloadBytes: number;
  /** Subscriptions open at once on one WebSocket (`SUBSCRIPTION_MAX_PER_CONNECTION`, default 20). */
  readonly subscriptionsPerConnection: number;
  /** WebSockets open at once per caller (user) on one gateway replica (`SUBSCRIPTION_MAX_CONNECTIONS_PER_CALLER`, default 10). */
  readonly subscriptionConnectionsPerCaller: number;
  /** Identity's JWKS is fresh for `JWKS_CACHE_SECONDS` (default 600), then served while refreshed in the background. */
  readonly jwksCacheSeconds: number;
  /** How long past its last successful fetch the JWKS keeps serving while identity is unreachable (`JWKS_MAX_STALE_SECONDS`, default 6 h). */
  readonly jwksMaxStaleSeconds: number;
  /**
   * Port of the operations listener (`GATEWAY_OPS_PORT`, default 4090): `/readyz`
   * and `/metrics` are served there only, never on the public port.
   */
  readonly opsPort: number;
  /**
   * Address the operations listener binds (`GATEWAY_OPS_HOST`, default
   * 127.0.0.1). In a container or pod set `0.0.0.0` so probes and the
   * scraper reach it, and keep the port off the ingress / load balancer.
   */
  readonly opsHost: string;
  /**
   * Operation names outside the persisted-query manifests that metrics count
   * by name, first come first served; later ones count as "(other)"
   * (`GATEWAY_METRICS_MAX_OPERATIONS`, default 100; 0: persisted operations only).
   */
  readonly metricsMaxOperations: number;
}

export function readGatewaySettings(env: NodeJS.ProcessEnv): GatewaySettings {
  return {
    maxBodyBytes: positiveInt(env, 'GATEWAY_MAX_BODY_BYTES', 1024 * 1024),
    maxFileBytes: positiveInt(env, 'GATEWAY_MAX_FILE_BYTES', 20 * 1024 * 1024),
    connectionsPerSubgraph: positiveInt(env, 'SUBGRAPH_CONNECTIONS', 128),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 30_000),
    queryPlanCacheMiB: positiveInt(env, 'GATEWAY_QUERY_PLAN_CACHE_MIB', 30),
    dedupeRequests: flag(env, 'GATEWAY_DEDUPE_REQUESTS', true),
    dedupeSubgraphFetches: flag(env, 'GATEWAY_DEDUPE_SUBGRAPH_FETCHES', true),
    shareSubscriptions: flag(env, 'GATEWAY_SHARE_SUBSCRIPTIONS', true),
    requirePersistedQueries: flag(env, 'GATEWAY_REQUIRE_PERSISTED_QUERIES', false),
    subscriptionMaxQueuedEvents: positiveInt(env, 'SUBSCRIPTION_MAX_QUEUED_EVENTS', 100),
    subscriptionUpstreamRetries: positiveInt(env, 'SUBSCRIPTION_UPSTREAM_RETRIES', 5, 0),
    subscriptionKeepAliveMs: positiveInt(env, 'SUBSCRIPTION_KEEPALIVE_MS', 30_000),
    operationLimits: readOperationLimits(env),
    maxSubgraphResponseBytes: positiveInt(env, 'GATEWAY_MAX_SUBGRAPH_RESPONSE_BYTES', 5 * 1024 * 1024),
    subscriptionMaxPayloadBytes: positiveInt(env, 'SUBSCRIPTION_MAX_PAYLOAD_BYTES', 64 * 1024),
    subscriptionsPerConnection: positiveInt(env, 'SUBSCRIPTION_MAX_PER_CONNECTION', 20),
    subscriptionConnectionsPerCaller: positiveInt(env, 'SUBSCRIPTION_MAX_CONNECTIONS_PER_CALLER', 10),
    jwksCacheSeconds: positiveInt(env, 'JWKS_CACHE_SECONDS', JWKS_DEFAULTS.ttlSeconds),
    jwksMaxStaleSeconds: positiveInt(env, 'JWKS_MAX_STALE_SECONDS', JWKS_DEFAULTS.maxStaleSeconds),
    opsPort: positiveInt(env, 'GATEWAY_OPS_PORT', GATEWAY_OPS_PORT, 0),
    opsHost: env.GATEWAY_OPS_HOST || '127.0.0.1',
    metricsMaxOperations: positiveInt(env, 'GATEWAY_METRICS_MAX_OPERATIONS', 100, 0),
  };
}

function readOperationLimits(env: NodeJS.ProcessEnv): OperationLimits {
  const limits = { ...DEFAULT_OPERATION_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof OperationLimits)[])
    limits[key] = positiveInt(env, LIMIT_VARIABLES[key], DEFAULT_OPERATION_LIMITS[key]);
  return limits;
}

/** The explicit option wins over NODE_ENV, so tests can exercise masking without touching the process environment. */
export function isProduction(env: NodeJS.ProcessEnv, override: boolean | undefined): boolean {
  return override ?? env.NODE_ENV === 'production';
}

export function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  // A typo in a limit should stop the gateway at start-up, not silently fall back.
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`${name} must be "true" or "false", got "${raw}"`);
}
