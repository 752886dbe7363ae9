import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { sampleSum } from '@telemed/devstack/prometheus';
import { provider } from './support/fixtures';
import { callerToken, startGateway, type GatewayUnderTest } from './support/gateway-under-test';
import { reviewFeed } from './support/review-feed';
import { collect as collectStream, connectWs, until } from './support/ws-client';
import { startTestSubgraph, type TestSubgraph } from './support/test-subgraph';

const token = (ttlSeconds = 300) => callerToken({ userId: 'u-1', roles: ['DOCTOR'], doctorId: '1' }, ttlSeconds);

const REVIEWS = 'subscription Reviews($doctorId: ID!) { reviewAdded(doctorId: $doctorId) { id stars doctor { name } } }';

let providerSubgraph: TestSubgraph;
let reviewsSubgraph: TestSubgraph;
let feed: ReturnType<typeof reviewFeed>;
let gw: GatewayUnderTest;
const clients: Client[] = [];

function connect(connectionParams: Record<string, unknown> = { authorization: `Bearer ${token()}` }) {
  return connectWs(gw.url, connectionParams, clients);
}

const collect = (client: Client, query = REVIEWS, variables: Record<string, unknown> = { doctorId: '1' }) => collectStream(client, query, variables);


/** The gateway's subscription gauges, as /metrics reports them. */
async function gauges(): Promise<{ subscriptions: number; upstreams: number }> {
  const text = await (await fetch(`${gw.ops}/metrics`)).text();
  return { subscriptions: sampleSum(text, 'graphql_subscriptions_active'), upstreams: sampleSum(text, 'graphql_subscription_upstreams_active') };
}

beforeAll(async () => {
  feed = reviewFeed();
  providerSubgraph = await startTestSubgraph(provider);
  reviewsSubgraph = await startTestSubgraph(feed.definition);
  const composed = composeServices(
    [providerSubgraph, reviewsSubgraph].map((s) => ({ name: s.name, typeDefs: parse(s.typeDefs), url: s.url })),
  );
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  gw = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    env: {
      SUBGRAPH_PROVIDER_URL: providerSubgraph.url,
      SUBSCRIPTION_UPSTREAM_RETRIES: '0',
      SUBSCRIPTION_KEEPALIVE_MS: '100',
    },
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await gw?.close();
  await providerSubgraph?.stop();
  await reviewsSubgraph?.stop();
});

describe('federated subscriptions over graphql-ws', () => {
  it('resolves fields other subgraphs own for every event', async () => {
    const { client } = connect();
    const stream = collect(client);
    await until(() => feed.open() === 1);
    feed.publish({ id: 'r1', stars: 5, doctorId: '1' });
    feed.publish({ id: 'r2', stars: 2, doctorId: '2' });
    feed.publish({ id: 'r3', stars: 4, doctorId: '1' });
    await until(() => stream.results.length === 2);
    expect(stream.results).toEqual([
      { data: { reviewAdded: { id: 'r1', stars: 5, doctor: { name: 'Dr. Ada Okafor' } } } },
      { data: { reviewAdded: { id: 'r3', stars: 4, doctor: { name: 'Dr. Ada Okafor' } } } },
    ]);
    stream.unsubscribe();
    await until(() => feed.open() === 0);
  });

  it('forwards the subscriber’s token and a correlation ID to the owning subgraph', async () => {
    const bearer = `Bearer ${token()}`;
    const { client } = connect({ authorization: bearer });
    const stream = collect(client);
    await until(() => feed.open() === 1);
    const headers = reviewsSubgraph.subscriptions.at(-1)!;
    expect(headers.authorization).toBe(bearer);
    expect(headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    stream.unsubscribe();
    await until(() => feed.open() === 0);
  });

  it('shares one upstream subscription between subscribers with the same operation and token, never across callers', async () => {
    const bearer = `Bearer ${token()}`;
    const first = collect(connect({ authorization: bearer }).client);
    const second = collect(connect({ authorization: bearer }).client);
    await until(() => first.results.length + second.results.length === 0 && feed.open() === 1);
    const other = collect(connect({ authorization: `Bearer ${callerToken({ userId: 'u-2', roles: ['DOCTOR'], doctorId: '1' }, 300)}` }).client);
    await until(() => feed.open() === 2);
    feed.publish({ id: 'r4', stars: 3, doctorId: '1' });
    await until(() => first.results.length === 1 && second.results.length === 1 && other.results.length === 1);
    expect(await gauges()).toEqual({ subscriptions: 3, upstreams: 2 });
    const delivered = { data: { reviewAdded: { id: 'r4', stars: 3, doctor: { name: 'Dr. Ada Okafor' } } } };
    expect([first.results, second.results, other.results]).toEqual([[delivered], [delivered], [delivered]]);
    // The shared upstream stays while one of its subscribers remains.
    first.unsubscribe();
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.open()).toBe(2);
    feed.publish({ id: 'r5', stars: 1, doctorId: '1' });
    await until(() => second.results.length === 2 && other.results.length === 2);
    expect(first.results).toHaveLength(1);
    second.unsubscribe();
    await until(() => feed.open() === 1);
    other.unsubscribe();
    await until(() => feed.open() === 0);
  });

  it('closes the upstream subscription when the client goes away', async () => {
    const { client } = connect();
    collect(client);
    await until(() => feed.open() === 1);
    await client.dispose();
    await until(() => feed.open() === 0);
  });

  it('pings idle connections, which stay open while the client answers', async () => {
    const socket = new WebSocket(gw.url.replace('http', 'ws'), 'graphql-transport-ws');
    let pings = 0;
    socket.on('ping', () => pings++);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token()}` } }));
    await until(() => pings >= 3);
    // ws answers pings with pongs by itself: the idle connection is still open.
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
  });

  it('refuses a connection without a valid token with 4401', async () => {
    for (const params of [{}, { authorization: 'Bearer nonsense' }, { authorization: `Bearer ${token(-60)}` }]) {
      const { client, closes } = connect(params);
      const stream = collect(client);
      await stream.done;
      expect(closes[0]?.code).toBe(4401);
    }
  });

  it('ends the connection with 4401 when the token expires', async () => {
    const { client, closes } = connect({ authorization: `Bearer ${token(2)}` });
    const stream = collect(client);
    await until(() => feed.open() === 1);
    await stream.done;
    expect(closes[0]).toMatchObject({ code: 4401, reason: 'Access token expired' });
    await until(() => feed.open() === 0);
  });

  it('answers invalid subscriptions with errors, not a dropped connection', async () => {
    const { client } = connect();
    const bad = collect(client, 'subscription { reviewAdded(doctorId: 1) { nope } }');
    expect(await bad.done).toEqual([expect.objectContaining({ message: expect.stringContaining('nope') })]);
    const query = collect(client, '{ doctor(id: "1") { name } }', {});
    expect(await query.done).toEqual([expect.objectContaining({ message: expect.stringContaining('HTTP') })]);
  });

  it('ends the stream with an error naming the subgraph when it goes away', async () => {
    const { client } = connect();
    const stream = collect(client);
    await until(() => feed.open() === 1);
    await reviewsSubgraph.stop();
    await stream.done;
    expect(stream.results.at(-1)?.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'reviews' });
    // Streams the upstream ended are no longer counted.
    await until(async () => (await gauges()).subscriptions === 0);
    expect(await gauges()).toEqual({ subscriptions: 0, upstreams: 0 });
    await reviewsSubgraph.start();
  });

  it('resubscribes after the subgraph restarts, when retries are allowed', async () => {
    const composed = composeServices(
      [providerSubgraph, reviewsSubgraph].map((s) => ({ name: s.name, typeDefs: parse(s.typeDefs), url: s.url })),
    );
    const resilient = await startGateway({
      supergraphSdl: composed.supergraphSdl!,
      env: { SUBGRAPH_PROVIDER_URL: providerSubgraph.url, SUBSCRIPTION_UPSTREAM_RETRIES: '5' },
    });
    try {
      const client = createClient({
        url: resilient.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token()}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const stream = collect(client);
      await until(() => feed.open() === 1);
      await reviewsSubgraph.stop();
      await reviewsSubgraph.start();
      // graphql-ws backs off a few seconds before reconnecting, then sends the subscription again.
      await until(() => feed.open() === 1, 20_000);
      feed.publish({ id: 'r6', stars: 5, doctorId: '1' });
      await until(() => stream.results.length === 1);
      expect(stream.results).toEqual([{ data: { reviewAdded: { id: 'r6', stars: 5, doctor: { name: 'Dr. Ada Okafor' } } } }]);
      stream.unsubscribe();
      await until(() => feed.open() === 0);
    } finally {
      await resilient.close();
    }
  }, 40_000);
});
