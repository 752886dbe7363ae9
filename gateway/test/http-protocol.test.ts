import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import { startTestSubgraphs, type TestSubgraphs } from './support/fixtures';
import { post, read, startGateway, type GatewayUnderTest } from './support/gateway-under-test';

let subgraphs: TestSubgraphs;
let gw: GatewayUnderTest;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  gw = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: subgraphs.env });
});

afterAll(async () => {
  await gw?.close();
  await subgraphs?.stopAll();
});

const query = '{ doctor(id: "1") { name appointments { id } } }';

describe('GraphQL over HTTP', () => {
  it('answers GET queries that carry a preflight header', async () => {
    const response = await fetch(`${gw.url}?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const result = await read(response);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: { doctor: { name: 'Dr. Ada Okafor', appointments: [{ id: 'a-1' }] } },
    });
    expect(result.headers.get(CORRELATION_HEADER)).toBeTruthy();
  });

  it('refuses mutations over GET', async () => {
    const response = await fetch(`${gw.url}?query=${encodeURIComponent('mutation { x }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
  });

  it('answers application/graphql-response+json when the client accepts it', async () => {
    const accepted = await post(
      gw.url,
      { query },
      { accept: 'application/graphql-response+json, application/json;q=0.9' },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const legacy = await post(gw.url, { query }, { accept: 'application/json' });
    expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
  });

  describe('CSRF prevention', () => {
    it('blocks a GET without a preflight header', async () => {
      const result = await read(await fetch(`${gw.url}?query=${encodeURIComponent(query)}`));
      expect(result.status).toBe(400);
      expect(result.text).toMatch(/CSRF/);
      expect(result.body.data).toBeUndefined();
    });

    it('blocks a POST with a simple content type', async () => {
      const before = subgraphs.provider.requests.length;
      const response = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query }),
      });
      const result = await read(response);
      expect(result.status).toBe(400);
      expect(result.text).toMatch(/CSRF/);
      expect(subgraphs.provider.requests.length).toBe(before);
    });
  });

  it('reports a malformed query as GRAPHQL_PARSE_FAILED', async () => {
    const result = await post(gw.url, { query: '{ doctor(id: "1") { name ' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('reports a wrongly typed argument as GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await post(gw.url, { query: '{ doctors(limit: "ten") { name } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports a wrongly typed variable as BAD_USER_INPUT', async () => {
    const result = await post(gw.url, {
      query: 'query ($n: Int!) { doctors(limit: $n) { name } }',
      variables: { n: 'ten' },
    });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over the limit with 413 and still returns the correlation ID', async () => {
    const padding = 'x'.repeat(1024 * 1024);
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CORRELATION_HEADER]: 'too-big-1' },
      body: JSON.stringify({ query, variables: { padding } }),
    });
    const result = await read(response);
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(result.headers.get(CORRELATION_HEADER)).toBe('too-big-1');
  });

  it('answers invalid JSON with 400', async () => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get(CORRELATION_HEADER)).toBeTruthy();
  });
});

describe('operations endpoints', () => {
  it('reports liveness on both ports, readiness on the operations port only', async () => {
    const health = await fetch(`${gw.base}/healthz`);
    expect(health.status).toBe(200);
    expect((await fetch(`${gw.ops}/healthz`)).status).toBe(200);
    const ready = await fetch(`${gw.ops}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { supergraph: 'ok' } });
  });

  it('stays ready while a subgraph is down', async () => {
    await subgraphs.ratings.stop();
    try {
      expect((await fetch(`${gw.ops}/readyz`)).status).toBe(200);
    } finally {
      await subgraphs.ratings.start();
    }
  });

  it('serves Prometheus metrics that count GraphQL requests', async () => {
    await post(gw.url, { query });
    const text = await (await fetch(`${gw.ops}/metrics`)).text();
    expect(text).toMatch(/http_requests_total\{[^}]*route="\/graphql"[^}]*\} \d+/);
  });

  it('serves neither readiness nor metrics on the public port (404)', async () => {
    for (const path of ['/readyz', '/metrics', '/metrics?x=1', '/readyz/']) expect({ path, status: (await fetch(`${gw.base}${path}`)).status }).toEqual({ path, status: 404 });
    // The operations port serves only its three routes.
    expect((await fetch(`${gw.ops}/graphql`)).status).toBe(404);
  });
});
