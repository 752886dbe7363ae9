import { sampleSum } from '@telemed/devstack/prometheus';
import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import { startTestSubgraphs, type TestSubgraphs } from './support/fixtures';
import { post, startGateway, type GatewayUnderTest } from './support/gateway-under-test';

let subgraphs: TestSubgraphs;
let dev: GatewayUnderTest;
let prod: GatewayUnderTest;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  dev = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: subgraphs.env });
  prod = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: subgraphs.env, production: true });
});

afterAll(async () => {
  await dev?.close();
  await prod?.close();
  await subgraphs?.stopAll();
});

const withFiles = '{ doctor(id: "1") { name files { name } } }';

describe('a stopped subgraph', () => {
  afterEach(async () => {
    // Every test leaves storage running for the next one.
    await subgraphs.storage.stop();
    await subgraphs.storage.start();
  });

  it.each([
    ['development', () => dev],
    ['production', () => prod],
  ])('yields partial data and an error naming it (%s)', async (mode, gateway) => {
    const url = gateway().url;
    // Warm the pool first, so the failure hits a pooled socket the subgraph closed.
    expect((await post(url, { query: withFiles })).body.errors).toBeUndefined();
    await subgraphs.storage.stop();
    const metrics = async () => (await fetch(`${gateway().ops}/metrics`)).text();
    const before = await metrics();

    const result = await post(url, { query: withFiles }, { [CORRELATION_HEADER]: `down-${mode}` });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ doctor: { name: 'Dr. Ada Okafor', files: null } });
    expect(result.body.errors).toHaveLength(1);
    if (mode === 'production') expect(result.text).not.toMatch(/stacktrace/);
    const [error] = result.body.errors ?? [];
    expect(error?.message).toMatch(/storage/);
    expect(error?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'storage' });
    // A whole fetch failed, not one field: @apollo/gateway gives such errors no path.
    expect(error?.path).toBeUndefined();
    // The cause (connection refused, URL) is for the logs, with the correlation ID.
    expect(result.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    const logged = gateway().logs.find(
      (line) => line.correlationId === `down-${mode}` && line.msg === 'subgraph request failed',
    );
    expect(logged).toMatchObject({ subgraph: 'storage', level: 40 });
    // Counted for the operator: one failed fetch of storage, one error in an anonymous operation's response.
    const after = await metrics();
    const delta = (metric: string, labels: Record<string, string>) => sampleSum(after, metric, labels) - sampleSum(before, metric, labels);
    expect(delta('gateway_subgraph_fetch_errors_total', { subgraph: 'storage', code: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    expect(delta('gateway_operation_errors_total', { operation: '(anonymous)', code: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    expect(delta('gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'storage' })).toBe(1);
  });

  it('does not stop the gateway serving, and is used again once it is back', async () => {
    await subgraphs.storage.stop();
    await post(dev.url, { query: withFiles });

    const other = await post(dev.url, { query: '{ doctor(id: "2") { name appointments { id } } }' });
    expect(other.body).toEqual({
      data: { doctor: { name: 'Dr. Ben Lindqvist', appointments: [{ id: 'a-2' }] } },
    });

    await subgraphs.storage.start();
    const recovered = await post(dev.url, { query: withFiles });
    expect(recovered.body).toEqual({
      data: { doctor: { name: 'Dr. Ada Okafor', files: [{ name: 'cv.pdf' }] } },
    });
  });
});

describe('error masking', () => {
  const licence = '{ doctor(id: "1") { name licence } }';

  it('in production hides an internal error message and stack, keeps path and subgraph, and logs the original', async () => {
    const result = await post(prod.url, { query: licence }, { [CORRELATION_HEADER]: 'mask-1' });
    expect(result.body.data).toEqual({ doctor: { name: 'Dr. Ada Okafor', licence: null } });
    expect(result.body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['doctor', 'licence'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'provider' },
      },
    ]);
    expect(result.text).not.toMatch(/10\.1\.2\.3|stacktrace|at /);
    const logged = prod.logs.find(
      (line) => line.correlationId === 'mask-1' && line.msg === 'internal error in operation',
    );
    expect(logged).toMatchObject({
      level: 50,
      serviceName: 'provider',
      message: expect.stringMatching(/10\.1\.2\.3/),
    });
  });

  it('in production keeps deliberate errors readable', async () => {
    const result = await post(prod.url, { query: '{ doctors(limit: "ten") { name } }' });
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.body.errors?.[0]?.message).toMatch(/Int/);
  });

  it('in production refuses introspection', async () => {
    const result = await post(prod.url, { query: '{ __schema { types { name } } }' });
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.body.data).toBeUndefined();
  });

  it('in development shows the original message and stack', async () => {
    const result = await post(dev.url, { query: licence });
    const [error] = result.body.errors ?? [];
    expect(error?.message).toMatch(/10\.1\.2\.3/);
    expect(error?.extensions).toMatchObject({ serviceName: 'provider', stacktrace: expect.any(Array) });
  });
});
