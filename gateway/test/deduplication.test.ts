import type { IncomingHttpHeaders } from 'node:http';
import { composeServices } from '@apollo/composition';
import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import { parse } from 'graphql';
import { callerToken, post, startGateway, type GatewayUnderTest } from './support/gateway-under-test';
import { startTestSubgraph, type TestSubgraph } from './support/test-subgraph';

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let touches = 0;

/** Answers with the Authorization it received, after a pause long enough for concurrent requests to overlap. */
const echo = {
  name: 'echo',
  typeDefs: `${link}
    type Query {
      whoami(delayMs: Int!): String
    }
    type Mutation {
      touch(delayMs: Int!): Int
    }`,
  resolvers: {
    Query: {
      whoami: async (_: unknown, args: { delayMs: number }, context: unknown) => {
        await pause(args.delayMs);
        return (context as { headers: IncomingHttpHeaders }).headers.authorization ?? 'anonymous';
      },
    },
    Mutation: {
      touch: async (_: unknown, args: { delayMs: number }) => {
        await pause(args.delayMs);
        return ++touches;
      },
    },
  },
};

// Real access tokens: the gateway verifies every caller's JWT before any de-duplication.
const ALICE = `Bearer ${callerToken({ userId: 'alice', roles: ['PATIENT'] })}`;
const BOB = `Bearer ${callerToken({ userId: 'bob', roles: ['PATIENT'] })}`;

const WHOAMI = 'query WhoAmI($delayMs: Int!) { whoami(delayMs: $delayMs) }';

let subgraph: TestSubgraph;
let supergraphSdl: string;
const gateways: GatewayUnderTest[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph(echo);
  const composed = composeServices([{ name: 'echo', typeDefs: parse(echo.typeDefs), url: subgraph.url }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  supergraphSdl = composed.supergraphSdl;
});

afterAll(async () => {
  await Promise.all(gateways.map((gw) => gw.close()));
  await subgraph?.stop();
});

async function gateway(env: NodeJS.ProcessEnv = {}): Promise<GatewayUnderTest> {
  const gw = await startGateway({ supergraphSdl, env });
  gateways.push(gw);
  return gw;
}

/** Sends every request at once and counts how many reached the subgraph meanwhile. */
async function concurrently<T>(
  requests: (() => Promise<T>)[],
): Promise<{ results: T[]; subgraphCalls: number }> {
  const before = subgraph.requests.length;
  const results = await Promise.all(requests.map((send) => send()));
  return { results, subgraphCalls: subgraph.requests.length - before };
}

const whoami =
  (gw: GatewayUnderTest, headers: Record<string, string>, delayMs = 300) =>
  () =>
    post(gw.url, { query: WHOAMI, variables: { delayMs } }, headers);

describe('inbound de-duplication (on by default)', () => {
  let gw: GatewayUnderTest;
  beforeAll(async () => {
    gw = await gateway();
  });

  it('runs identical concurrent queries once; each caller gets the answer and its own correlation ID', async () => {
    const callers = Array.from({ length: 8 }, (_, i) =>
      whoami(gw, { authorization: ALICE, ...(i > 0 && { [CORRELATION_HEADER]: `same-${i}` }) }),
    );
    const { results, subgraphCalls } = await concurrently(callers);
    expect(subgraphCalls).toBe(1);
    for (const result of results) expect(result.body).toEqual({ data: { whoami: ALICE } });
    const ids = results.map((result) => result.headers.get(CORRELATION_HEADER));
    expect(ids.slice(1)).toEqual(Array.from({ length: 7 }, (_, i) => `same-${i + 1}`));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never gives one caller the answer of a caller with another Authorization', async () => {
    const people = [ALICE, BOB, undefined];
    const callers = Array.from({ length: 9 }, (_, i) => {
      const authorization = people[i % 3];
      return whoami(gw, authorization ? { authorization } : {});
    });
    const { results, subgraphCalls } = await concurrently(callers);
    expect(results.map((r) => r.body.data?.whoami)).toEqual(
      Array.from({ length: 9 }, (_, i) => people[i % 3] ?? 'anonymous'),
    );
    expect(subgraphCalls).toBe(3);
  });

  it('keys on variables, operation name and trace context too', async () => {
    const traceparent = (n: number) => `00-4bf92f3577b34da6a3ce929d0e0e473${n}-00f067aa0ba902b7-01`;
    const { subgraphCalls } = await concurrently([
      whoami(gw, {}, 300),
      whoami(gw, {}, 301),
      () => post(gw.url, { query: `${WHOAMI} query Other { whoami(delayMs: 300) }`, operationName: 'Other' }),
      whoami(gw, { traceparent: traceparent(1) }),
      whoami(gw, { traceparent: traceparent(2) }),
    ]);
    expect(subgraphCalls).toBe(5);
  });

  it('never de-duplicates mutations', async () => {
    const mutation = () => post(gw.url, { query: 'mutation { touch(delayMs: 200) }' });
    const { results, subgraphCalls } = await concurrently(Array.from({ length: 4 }, () => mutation));
    expect(subgraphCalls).toBe(4);
    expect(new Set(results.map((r) => r.body.data?.touch)).size).toBe(4);
  });

  it('does not cache: a query sent after the first one finished runs again', async () => {
    const before = subgraph.requests.length;
    await whoami(gw, {}, 10)();
    await whoami(gw, {}, 10)();
    expect(subgraph.requests.length - before).toBe(2);
  });
});

describe('subgraph fetch de-duplication', () => {
  it('shares one subgraph call between identical concurrent fetches when inbound de-dup is off', async () => {
    const gw = await gateway({ GATEWAY_DEDUPE_REQUESTS: 'false' });
    const { results, subgraphCalls } = await concurrently(
      Array.from({ length: 6 }, (_, i) => whoami(gw, { [CORRELATION_HEADER]: `fetch-${i}` })),
    );
    expect(subgraphCalls).toBe(1);
    for (const result of results) expect(result.body).toEqual({ data: { whoami: 'anonymous' } });
    expect(results.map((r) => r.headers.get(CORRELATION_HEADER))).toEqual(
      Array.from({ length: 6 }, (_, i) => `fetch-${i}`),
    );
  });

  it('never shares a subgraph call between callers with different Authorization', async () => {
    const gw = await gateway({ GATEWAY_DEDUPE_REQUESTS: 'false' });
    const { results, subgraphCalls } = await concurrently([
      whoami(gw, { authorization: ALICE }),
      whoami(gw, { authorization: BOB }),
      whoami(gw, { authorization: ALICE }),
      whoami(gw, { authorization: BOB }),
    ]);
    expect(results.map((r) => r.body.data?.whoami)).toEqual([
      ALICE,
      BOB,
      ALICE,
      BOB,
    ]);
    expect(subgraphCalls).toBe(2);
  });

  it('sends every request on when both are off', async () => {
    const gw = await gateway({ GATEWAY_DEDUPE_REQUESTS: 'false', GATEWAY_DEDUPE_SUBGRAPH_FETCHES: 'false' });
    const { subgraphCalls } = await concurrently(Array.from({ length: 5 }, () => whoami(gw, {})));
    expect(subgraphCalls).toBe(5);
  });
});
