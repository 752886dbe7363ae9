import { subgraphNames, type SubgraphName } from '@telemed/topology/subgraphs';
import { localGraphqlUrl, serviceEnv, stackSettings } from './service-env';

const urls = Object.fromEntries(subgraphNames.map((name, i) => [name, localGraphqlUrl(5001 + i)])) as Record<
  SubgraphName,
  string
>;

describe('stackSettings', () => {
  it('gives the dev stack its own databases and info logs', () => {
    expect(stackSettings('dev', {})).toEqual({
      databasePrefix: 'telemed',
      nodeEnv: 'development',
      logLevel: 'info',
      eventNamespace: 'dev',
      eventEnv: {},
    });
  });

  it('keeps test databases apart and test output quiet', () => {
    expect(stackSettings('test', {})).toMatchObject({
      databasePrefix: 'telemed_test',
      nodeEnv: 'test',
      logLevel: 'warn',
      eventNamespace: expect.stringMatching(/^t[0-9a-f]{10}$/),
    });
  });

  it('gives every test run its own event namespace', () => {
    expect(stackSettings('test', {}).eventNamespace).not.toBe(stackSettings('test', {}).eventNamespace);
  });

  it('runs the bench stack as production, quiet, on its own databases', () => {
    expect(stackSettings('bench', {})).toEqual({
      databasePrefix: 'telemed_bench',
      nodeEnv: 'production',
      logLevel: 'warn',
      eventNamespace: 'bench',
      eventEnv: {},
    });
  });

  it('lets LOG_LEVEL win in both modes', () => {
    expect(stackSettings('dev', { LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(stackSettings('test', { LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
  });
});

describe('serviceEnv', () => {
  const env = serviceEnv({
    base: {
      PATH: '/usr/bin',
      PORT: '1',
      NODE_ENV: 'production',
      SUBGRAPH_IDENTITY_URL: 'http://elsewhere/graphql',
    },
    settings: stackSettings('test', {}),
    port: 5003,
    databaseUrl: 'postgres://postgres:password@127.0.0.1:5555/postgres',
    natsUrl: 'nats://127.0.0.1:6222',
    subgraphUrls: urls,
  });

  it('keeps the rest of the parent environment', () => {
    expect(env.PATH).toBe('/usr/bin');
  });

  it('sets what every service reads, over inherited values', () => {
    expect(env).toMatchObject({
      PORT: '5003',
      DATABASE_URL: 'postgres://postgres:password@127.0.0.1:5555/postgres',
      DATABASE_PREFIX: 'telemed_test',
      NATS_URL: 'nats://127.0.0.1:6222',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    });
  });

  it("points every SUBGRAPH_<NAME>_URL at this stack's subgraphs", () => {
    expect(env.SUBGRAPH_IDENTITY_URL).toBe('http://127.0.0.1:5001/graphql');
    expect(env.SUBGRAPH_STORAGE_URL).toBe('http://127.0.0.1:5006/graphql');
  });
});

describe('serviceEnv in production mode', () => {
  it('still seeds demo data, which subgraphs skip in production by default', () => {
    const env = serviceEnv({
      base: {},
      settings: stackSettings('bench', {}),
      port: 5003,
      databaseUrl: 'postgres://postgres:password@127.0.0.1:5555/postgres',
      natsUrl: 'nats://127.0.0.1:6222',
      subgraphUrls: urls,
    });
    expect(env).toMatchObject({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' });
  });
});
