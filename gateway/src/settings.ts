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
    metricsMaxOperations: positiveInt(env, 'GATEWAY_METRICS_MAX_OPERATIONS', 100, 0),
  };
}

/** The explicit option wins over NODE_ENV, so tests can exercise masking without touching the process environment. */
export function isProduction(env: NodeJS.ProcessEnv, override: boolean | undefined): boolean {
  return override ?? env.NODE_ENV === 'production';
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
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
