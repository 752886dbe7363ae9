import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import { startTestSubgraphs, type TestSubgraphs } from './support/fixtures';
import { callerToken, post, startGateway, type GatewayUnderTest } from './support/gateway-under-test';

const DOCTOR_EVERYWHERE = `query DoctorEverywhere($id: ID!) {
  doctor(id: $id) { id name appointments { id startsAt } files { name } rating }
}`;

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

describe('federated execution', () => {
  it('joins one doctor across four subgraphs', async () => {
    const result = await post(gw.url, { query: DOCTOR_EVERYWHERE, variables: { id: '1' } });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      data: {
        doctor: {
          id: '1',
          name: 'Dr. Ada Okafor',
          appointments: [{ id: 'a-1', startsAt: '2030-01-01T09:00:00Z' }],
          files: [{ name: 'cv.pdf' }],
          rating: 4.5,
        },
      },
    });
  });

  it('routes a subgraph the topology does not know by the URL in the supergraph', async () => {
    const before = subgraphs.ratings.requests.length;
    const result = await post(gw.url, { query: '{ doctor(id: "2") { rating } }' });
    expect(result.body).toEqual({ data: { doctor: { rating: 4.5 } } });
    expect(subgraphs.ratings.requests.length).toBe(before + 1);
  });
});

describe('headers towards subgraphs', () => {
  it('forwards Authorization, the correlation ID and trace context to every subgraph', async () => {
    const correlationId = `fwd-${Date.now()}`;
    const jwt = callerToken();
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const result = await post(
      gw.url,
      { query: DOCTOR_EVERYWHERE, variables: { id: '1' } },
      {
        authorization: `Bearer ${jwt}`,
        [CORRELATION_HEADER]: correlationId,
        traceparent,
        tracestate: 'vendor=1',
      },
    );
    expect(result.body.errors).toBeUndefined();
    for (const subgraph of [
      subgraphs.provider,
      subgraphs.appointment,
      subgraphs.storage,
      subgraphs.ratings,
    ]) {
      const seen = subgraph.requests.filter((headers) => headers[CORRELATION_HEADER] === correlationId);
      expect({ subgraph: subgraph.name, count: seen.length }).toEqual({ subgraph: subgraph.name, count: 1 });
      expect(seen[0]).toMatchObject({
        authorization: `Bearer ${jwt}`,
        traceparent,
        tracestate: 'vendor=1',
      });
    }
  });

  it('does not forward a malformed traceparent', async () => {
    const correlationId = `bad-trace-${Date.now()}`;
    await post(
      gw.url,
      { query: '{ doctor(id: "1") { name } }' },
      { [CORRELATION_HEADER]: correlationId, traceparent: 'not-a-trace' },
    );
    const seen = subgraphs.provider.requests.find((headers) => headers[CORRELATION_HEADER] === correlationId);
    expect(seen).toBeDefined();
    expect(seen?.traceparent).toBeUndefined();
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt', 'Malformed access token'],
    ['an expired token', `Bearer ${callerToken(undefined, -120)}`, 'Access token expired'],
    ['another scheme', 'Basic dXNlcjpwdw==', 'Authorization header must be "Bearer <access token>"'],
  ])('refuses %s with UNAUTHENTICATED and calls no subgraph', async (_, authorization, message) => {
    const correlationId = `refused-${Date.now()}-${Math.random()}`;
    const result = await post(gw.url, { query: '{ doctor(id: "1") { name } }' }, { authorization, [CORRELATION_HEADER]: correlationId });
    expect(result.status).toBe(401);
    expect(result.body.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    expect(subgraphs.provider.requests.some((headers) => headers[CORRELATION_HEADER] === correlationId)).toBe(false);
  });

  it('sends no Authorization when the caller sent none', async () => {
    const correlationId = `anon-${Date.now()}`;
    await post(gw.url, { query: '{ doctor(id: "1") { name } }' }, { [CORRELATION_HEADER]: correlationId });
    const seen = subgraphs.provider.requests.find((headers) => headers[CORRELATION_HEADER] === correlationId);
    expect(seen?.authorization).toBeUndefined();
  });
});

describe('service credentials', () => {
  it('adds per-subgraph credentials, with the subgraph as audience, to every subgraph request', async () => {
    const audiences: string[] = [];
    const signed = await startGateway({
      supergraphSdl: subgraphs.supergraphSdl,
      env: subgraphs.env,
      // Asynchronous on purpose: a real signer may fetch keys.
      serviceCredentials: async (subgraph) => {
        audiences.push(subgraph);
        return { 'x-service-token': `token-for-${subgraph}` };
      },
    });
    try {
      const correlationId = `creds-${Date.now()}`;
      const result = await post(
        signed.url,
        { query: DOCTOR_EVERYWHERE, variables: { id: '1' } },
        { [CORRELATION_HEADER]: correlationId },
      );
      expect(result.body.errors).toBeUndefined();
      for (const subgraph of [
        subgraphs.provider,
        subgraphs.appointment,
        subgraphs.storage,
        subgraphs.ratings,
      ]) {
        const seen = subgraph.requests.find((headers) => headers[CORRELATION_HEADER] === correlationId);
        expect(seen?.['x-service-token']).toBe(`token-for-${subgraph.name}`);
      }
      expect(audiences.sort()).toEqual(['appointment', 'provider', 'ratings', 'storage']);
    } finally {
      await signed.close();
    }
  });
});

describe('correlation ID', () => {
  it('is created when the caller sends none, returned, and used towards subgraphs', async () => {
    const result = await post(gw.url, { query: '{ doctor(id: "1") { name } }' });
    const id = result.headers.get(CORRELATION_HEADER);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(subgraphs.provider.requests.some((headers) => headers[CORRELATION_HEADER] === id)).toBe(true);
  });

  it("echoes the caller's ID", async () => {
    const result = await post(
      gw.url,
      { query: '{ doctor(id: "1") { name } }' },
      { [CORRELATION_HEADER]: 'caller-123' },
    );
    expect(result.headers.get(CORRELATION_HEADER)).toBe('caller-123');
  });

  it('replaces an ID that could inject into logs', async () => {
    const result = await post(
      gw.url,
      { query: '{ doctor(id: "1") { name } }' },
      { [CORRELATION_HEADER]: 'a b"}{' },
    );
    expect(result.headers.get(CORRELATION_HEADER)).not.toBe('a b"}{');
    expect(result.headers.get(CORRELATION_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per operation with name, duration, error count and correlation ID', async () => {
    await post(
      gw.url,
      { query: DOCTOR_EVERYWHERE, variables: { id: '2' }, operationName: 'DoctorEverywhere' },
      { [CORRELATION_HEADER]: 'log-line-1' },
    );
    const lines = gw.logs.filter(
      (line) => line.correlationId === 'log-line-1' && line.msg === 'graphql operation',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, operationName: 'DoctorEverywhere', errors: 0 });
    expect(typeof lines[0]?.durationMs).toBe('number');
  });
});

describe('connection pooling', () => {
  it('reuses keep-alive sockets to a subgraph across many sequential requests', async () => {
    // A gateway of its own, so no socket opened by earlier tests is counted as reused.
    const fresh = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: subgraphs.env });
    try {
      const connectionsBefore = subgraphs.provider.connections();
      const requestsBefore = subgraphs.provider.requests.length;
      for (let i = 0; i < 50; i++) {
        const result = await post(fresh.url, { query: '{ doctors(limit: 2) { name } }' });
        expect(result.status).toBe(200);
      }
      expect(subgraphs.provider.requests.length - requestsBefore).toBe(50);
      const opened = subgraphs.provider.connections() - connectionsBefore;
      expect(opened).toBeGreaterThanOrEqual(1);
      expect(opened).toBeLessThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  });

  it('bounds sockets under concurrency by reusing them', async () => {
    const connectionsBefore = subgraphs.appointment.connections();
    const rounds = 5;
    for (let round = 0; round < rounds; round++) {
      await Promise.all(
        Array.from({ length: 20 }, () =>
          post(gw.url, { query: '{ doctor(id: "1") { appointments { id } } }' }),
        ),
      );
    }
    // 100 fetches, at most 20 in flight at once: never more than 20 sockets.
    expect(subgraphs.appointment.connections() - connectionsBefore).toBeLessThanOrEqual(20);
  });
});
