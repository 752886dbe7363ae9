import { isProduction, readGatewaySettings } from './settings';

describe('readGatewaySettings', () => {
  it('has defaults for every knob', () => {
    expect(readGatewaySettings({})).toEqual({
      maxBodyBytes: 1048576,
      connectionsPerSubgraph: 128,
      subgraphTimeoutMs: 30000,
      queryPlanCacheMiB: 30,
    });
  });

  it('reads overrides and refuses nonsense', () => {
    expect(readGatewaySettings({ GATEWAY_MAX_BODY_BYTES: '2048' }).maxBodyBytes).toBe(2048);
    expect(() => readGatewaySettings({ SUBGRAPH_CONNECTIONS: '0' })).toThrow(/SUBGRAPH_CONNECTIONS/);
    expect(() => readGatewaySettings({ SUBGRAPH_TIMEOUT_MS: '5s' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
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
