import { isProduction, readGatewaySettings } from './settings';

describe('readGatewaySettings', () => {
  it('has defaults for every knob', () => {
    expect(readGatewaySettings({})).toEqual({
      maxBodyBytes: 1048576,
      maxFileBytes: 20971520,
      connectionsPerSubgraph: 128,
      subgraphTimeoutMs: 30000,
      queryPlanCacheMiB: 30,
      dedupeRequests: true,
      dedupeSubgraphFetches: true,
      shareSubscriptions: true,
      requirePersistedQueries: false,
      subscriptionMaxQueuedEvents: 100,
      subscriptionUpstreamRetries: 5,
      subscriptionKeepAliveMs: 30000,
      operationLimits: { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxDirectives: 10, maxRootFields: 10, maxCost: 10000 },
      maxSubgraphResponseBytes: 5242880,
      subscriptionMaxPayloadBytes: 65536,
      subscriptionsPerConnection: 20,
      subscriptionConnectionsPerCaller: 10,
      jwksCacheSeconds: 600,
      jwksMaxStaleSeconds: 21600,
      opsPort: 4090,
      opsHost: '127.0.0.1',
      metricsMaxOperations: 100,
    });
  });

  it('reads each operation limit from its own variable', () => {
    const { operationLimits } = readGatewaySettings({ GATEWAY_MAX_DEPTH: '7', GATEWAY_MAX_COST: '500' });
    expect(operationLimits).toMatchObject({ maxDepth: 7, maxCost: 500, maxAliases: 15 });
    expect(() => readGatewaySettings({ GATEWAY_MAX_TOKENS: '0' })).toThrow(/GATEWAY_MAX_TOKENS/);
  });

  it('reads overrides and refuses nonsense', () => {
    expect(readGatewaySettings({ GATEWAY_MAX_BODY_BYTES: '2048' }).maxBodyBytes).toBe(2048);
    expect(() => readGatewaySettings({ SUBGRAPH_CONNECTIONS: '0' })).toThrow(/SUBGRAPH_CONNECTIONS/);
    expect(() => readGatewaySettings({ SUBGRAPH_TIMEOUT_MS: '5s' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => readGatewaySettings({ SUBSCRIPTION_MAX_QUEUED_EVENTS: '-1' })).toThrow(/SUBSCRIPTION_MAX_QUEUED_EVENTS/);
    expect(readGatewaySettings({ GATEWAY_REQUIRE_PERSISTED_QUERIES: 'true' }).requirePersistedQueries).toBe(true);
    expect(() => readGatewaySettings({ GATEWAY_REQUIRE_PERSISTED_QUERIES: 'yes' })).toThrow(/GATEWAY_REQUIRE_PERSISTED_QUERIES/);
    expect(readGatewaySettings({ GATEWAY_OPS_PORT: '9464', GATEWAY_OPS_HOST: '0.0.0.0' })).toMatchObject({ opsPort: 9464, opsHost: '0.0.0.0' });
    expect(() => readGatewaySettings({ GATEWAY_OPS_PORT: 'public' })).toThrow(/GATEWAY_OPS_PORT/);
    expect(readGatewaySettings({ GATEWAY_METRICS_MAX_OPERATIONS: '0' }).metricsMaxOperations).toBe(0);
    expect(() => readGatewaySettings({ GATEWAY_METRICS_MAX_OPERATIONS: '-5' })).toThrow(/GATEWAY_METRICS_MAX_OPERATIONS/);
  });

  it('turns de-duplication off only when told exactly', () => {
    const off = readGatewaySettings({
      GATEWAY_DEDUPE_REQUESTS: 'false',
      GATEWAY_DEDUPE_SUBGRAPH_FETCHES: 'false',
      GATEWAY_SHARE_SUBSCRIPTIONS: 'false',
    });
    expect(off).toMatchObject({ dedupeRequests: false, dedupeSubgraphFetches: false, shareSubscriptions: false });
    expect(() => readGatewaySettings({ GATEWAY_DEDUPE_REQUESTS: 'no' })).toThrow(/GATEWAY_DEDUPE_REQUESTS/);
  });
});

describe('isProduction', () => {
  it('follows NODE_ENV unless told explicitly', () => {
    expect(isProduction({ NODE_ENV: 'production' }, undefined)).toBe(true);
    expect(isProduction({ NODE_ENV: 'test' }, undefined)).toBe(false);
    expect(isProduction({ NODE_ENV: 'production' }, false)).toBe(false);
    expect(isProduction({}, true)).toBe(true);
  });
});
