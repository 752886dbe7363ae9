import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { Client } from 'graphql-ws';
import { sampleSum } from '@telemed/devstack/prometheus';
import { provider, startTestSubgraphs, type TestSubgraphs } from './support/fixtures';
import { callerToken, post, startGateway, type GatewayUnderTest } from './support/gateway-under-test';
import { reviewFeed } from './support/review-feed';
import { collect as collectStream, connectWs, until } from './support/ws-client';
import { startTestSubgraph, type TestSubgraph, type TestSubgraphDefinition } from './support/test-subgraph';

/**
 * The gateway's edge limits that need a gateway of their own settings: the
 * graphql-ws caps, the cap on subgraph response bodies, and no schema
 * suggestions in production. (The operation limits over HTTP are proven
 * against the real stack in test/operation-limits.test.ts.)
 */

const REVIEWS = 'subscription Reviews($doctorId: ID!) { reviewAdded(doctorId: $doctorId) { id stars doctor { name } } }';

/** Answers `bulk` with `size` bytes of text: a subgraph that sends more than the gateway reads. */
const bulk: TestSubgraphDefinition = {
  name: 'bulk',
  typeDefs: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { bulk(size: Int!): String }`,
  resolvers: { Query: { bulk: (_: unknown, { size }: { size: number }) => 'x'.repeat(size) } },
};

let providerSubgraph: TestSubgraph;
let reviewsSubgraph: TestSubgraph;
let bulkSubgraph: TestSubgraph;
let feed: ReturnType<typeof reviewFeed>;
let gw: GatewayUnderTest;
const clients: Client[] = [];

beforeAll(async () => {
  feed = reviewFeed();
  [providerSubgraph, reviewsSubgraph, bulkSubgraph] = await Promise.all([startTestSubgraph(provider), startTestSubgraph(feed.definition), startTestSubgraph(bulk)]);
  const composed = composeServices(
    [providerSubgraph, reviewsSubgraph, bulkSubgraph].map((s) => ({ name: s.name, typeDefs: parse(s.typeDefs), url: s.url })),
  );
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  gw = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    env: {
      SUBGRAPH_PROVIDER_URL: providerSubgraph.url,
      SUBSCRIPTION_UPSTREAM_RETRIES: '0',
      SUBSCRIPTION_MAX_PER_CONNECTION: '2',
      SUBSCRIPTION_MAX_CONNECTIONS_PER_CALLER: '2',
      GATEWAY_MAX_SUBGRAPH_RESPONSE_BYTES: '4096',
    },
    // As deployed: refusals must keep their code and message through production masking.
    production: true,
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gw?.close();
  await Promise.all([providerSubgraph, reviewsSubgraph, bulkSubgraph].map((s) => s?.stop()));
});

function connect(userId = 'u-1') {
  return connectWs(gw.url, { authorization: `Bearer ${callerToken({ userId, roles: ['DOCTOR'], doctorId: '1' }, 300)}` }, clients);
}

const collect = (client: Client, query = REVIEWS, variables: Record<string, unknown> = { doctorId: '1' }) => collectStream(client, query, variables);


async function refusedCount(labels: Record<string, string>): Promise<number> {
  return sampleSum(await (await fetch(`${gw.ops}/metrics`)).text(), 'graphql_operations_refused_total', labels);
}

describe('graphql-ws limits', () => {
  it('closes a socket that sends a message over 64 KiB (1009) before anything is subscribed', async () => {
    const { client, closes } = connect('u-payload');
    const before = reviewsSubgraph.subscriptions.length;
    const padding = `# ${'x'.repeat(70 * 1024)}\n`;
    const stream = collect(client, padding + REVIEWS);
    await until(() => closes.length > 0);
    await stream.done;
    expect(closes[0]!.code).toBe(1009);
    expect(reviewsSubgraph.subscriptions.length).toBe(before);
  });

  it('refuses a subscription over a connection’s cap with TOO_MANY_SUBSCRIPTIONS, keeping the others', async () => {
    const { client, closes } = connect('u-subs');
    // Different variables, so each is its own upstream subscription (equal ones are shared).
    const first = collect(client, REVIEWS, { doctorId: '1' });
    const second = collect(client, REVIEWS, { doctorId: '2' });
    await until(() => feed.open() === 2);
    const third = collect(client, REVIEWS, { doctorId: '3' });
    await third.done;
    expect(third.errors).toEqual([
      [expect.objectContaining({ message: expect.stringContaining('at most 2'), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', max: 2 } })],
    ]);
    expect(feed.open()).toBe(2);
    expect(closes).toEqual([]);
    feed.publish({ id: 'r1', stars: 5, doctorId: '1' });
    feed.publish({ id: 'r2', stars: 4, doctorId: '2' });
    await until(() => first.results.length === 1 && second.results.length === 1);
    first.unsubscribe();
    // A slot freed is a slot again.
    await until(() => feed.open() === 1);
    const fourth = collect(client, REVIEWS, { doctorId: '4' });
    await until(() => feed.open() === 2);
    second.unsubscribe();
    fourth.unsubscribe();
    await until(() => feed.open() === 0);
  });

  it('closes a caller’s connection beyond its cap per replica with 4429', async () => {
    const a = connect('u-conn');
    const b = connect('u-conn');
    const streams = [collect(a.client, REVIEWS, { doctorId: '1' }), collect(b.client, REVIEWS, { doctorId: '2' })];
    await until(() => feed.open() === 2);
    const c = connect('u-conn');
    const refused = collect(c.client, REVIEWS, { doctorId: '3' });
    await refused.done;
    expect(c.closes[0]).toMatchObject({ code: 4429 });
    expect(feed.open()).toBe(2);
    // Another caller is not affected, and closing one frees a place.
    const other = connect('u-other');
    const otherStream = collect(other.client, REVIEWS, { doctorId: '4' });
    await until(() => feed.open() === 3);
    await a.client.dispose();
    await until(() => feed.open() === 2);
    const d = connect('u-conn');
    const again = collect(d.client, REVIEWS, { doctorId: '5' });
    await until(() => feed.open() === 3);
    for (const stream of [...streams, otherStream, again]) stream.unsubscribe();
    await until(() => feed.open() === 0);
  });

  it('applies the operation limits to subscriptions, counted as ws refusals, with no upstream subscription', async () => {
    const { client } = connect('u-limits');
    const before = { upstream: reviewsSubgraph.subscriptions.length, refused: await refusedCount({ limit: 'aliases', transport: 'ws' }) };
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const stream = collect(client, `subscription Aliased { reviewAdded(doctorId: "1") { ${aliases} } }`);
    await stream.done;
    expect(stream.errors).toEqual([[expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, actual: 16 } })]]);
    const tokens = collect(client, `subscription Long { reviewAdded(doctorId: "1") { ${'id '.repeat(2100)} } }`);
    await tokens.done;
    expect(tokens.errors).toEqual([[expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000 } })]]);
    expect(reviewsSubgraph.subscriptions.length).toBe(before.upstream);
    expect(await refusedCount({ limit: 'aliases', transport: 'ws', caller: 'doctor' })).toBe(before.refused + 1);
    expect(gw.logs).toContainEqual(
      expect.objectContaining({ msg: 'operation refused: over a limit', limit: 'aliases', transport: 'ws', callerKind: 'doctor', operationName: 'Aliased' }),
    );
  });
});

describe('operation limits over HTTP', () => {
  it('refuse with 400 QUERY_TOO_COMPLEX before any subgraph is called, logged with caller kind and operation name, and counted', async () => {
    const before = { requests: providerSubgraph.requests.length, refused: await refusedCount({ limit: 'aliases', transport: 'http', caller: 'patient' }) };
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: name`).join(' ');
    const refused = await post(
      gw.url,
      { query: `query ManyNames { doctors(limit: 2) { ${aliases} } }` },
      { authorization: `Bearer ${callerToken({ userId: 'u-9', roles: ['PATIENT'] })}` },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [
        {
          message: "The operation is over the gateway's alias limit of 15 (16)",
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 15, actual: 16 },
        },
      ],
    });
    expect(providerSubgraph.requests.length).toBe(before.requests);
    expect(await refusedCount({ limit: 'aliases', transport: 'http', caller: 'patient' })).toBe(before.refused + 1);
    expect(gw.logs).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'operation refused: over a limit', limit: 'aliases', transport: 'http', callerKind: 'patient', operationName: 'ManyNames' }),
    );
    // The parser's token limit is answered the same way.
    const long = await post(gw.url, { query: `query Long { doctors(limit: 1) { ${'name '.repeat(2100)} } }` });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual([
      { message: "The operation is over the gateway's token limit of 2000", extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2000 } },
    ]);
    expect(await refusedCount({ limit: 'tokens', transport: 'http', caller: 'anonymous' })).toBeGreaterThan(0);
    expect(providerSubgraph.requests.length).toBe(before.requests);
    // The same operation within the limit is served.
    const served = await post(gw.url, { query: '{ doctors(limit: 2) { a: name b: name } }' });
    expect(served.body.errors).toBeUndefined();
    expect(providerSubgraph.requests.length).toBe(before.requests + 1);
  });
});

describe('subgraph response bodies', () => {
  it('reads at most GATEWAY_MAX_SUBGRAPH_RESPONSE_BYTES and says which subgraph sent more', async () => {
    expect((await post(gw.url, { query: '{ bulk(size: 1000) }' })).body.data).toEqual({ bulk: 'x'.repeat(1000) });
    const tooLarge = await post(gw.url, { query: '{ bulk(size: 100000) }' });
    expect(tooLarge.body.data).toEqual({ bulk: null });
    expect(tooLarge.body.errors).toEqual([
      {
        message: 'Subgraph "bulk" answered with more data than this gateway accepts',
        extensions: { code: 'SUBGRAPH_RESPONSE_TOO_LARGE', serviceName: 'bulk' },
      },
    ]);
    // The pool is still good afterwards.
    expect((await post(gw.url, { query: '{ bulk(size: 10) }' })).body.data).toEqual({ bulk: 'x'.repeat(10) });
  });
});

describe('schema suggestions', () => {
  let subgraphs: TestSubgraphs;
  let production: GatewayUnderTest;
  let development: GatewayUnderTest;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    production = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: { ...subgraphs.env, NODE_ENV: 'production' } });
    development = await startGateway({ supergraphSdl: subgraphs.supergraphSdl, env: subgraphs.env });
  });

  afterAll(async () => {
    await production?.close();
    await development?.close();
    await subgraphs?.stopAll();
  });

  it('are never offered with NODE_ENV=production, for fields, arguments or types', async () => {
    const typo = '{ doctr(id: "1") { nme } doctor(idd: "1") { name } }';
    const dev = await post(development.url, { query: typo });
    expect(dev.text).toContain('Did you mean');
    const prod = await post(production.url, { query: typo });
    expect(prod.status).toBe(400);
    expect(prod.body.errors?.length).toBeGreaterThan(0);
    expect(prod.text).not.toMatch(/Did you mean/i);
    expect(prod.text).not.toContain('"doctor"');
    const fragment = await post(production.url, { query: '{ doctor(id: "1") { ... on Doctr { name } } }' });
    expect(fragment.text).not.toMatch(/Did you mean/i);
  });
});
