import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceKeyFile } from '@telemed/devstack/service-keys';
import { createLogger } from '@telemed/observability/logger';
import { subgraphs, subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { createGateway, type Gateway } from '../gateway/src/gateway';
import { LIMITS } from '../subgraphs/identity/src/abuse/limits';
import { as, bearer } from './auth';
import { graphqlById, persistedOperation } from './persisted';
import { gatewayUrl, gatewayUrls, graphql, sqlQueryCount, subgraphUrl, type GraphQLResult } from './stack';
import { testStackDataDir } from './stack-file';

/**
 * Rate limits and partner quotas through real gateways: the stack's (partner
 * quotas are per key, so they need no special stack) and gateways started
 * here over the stack's subgraphs with small per-IP and per-user limits
 * (the stack's gateway has room for the whole suite, all from 127.0.0.1).
 */

const CLINICS = persistedOperation('partners', 'PartnerClinics').id;
const admin = bearer(as.admin);
/** With REDIS_URL the stack's gateway replicas and identity share counters; without, each replica counts alone. */
const sharedStore = !!process.env.REDIS_URL;

async function createKey(quota: { perMinute: number; perDay: number }): Promise<{ id: string; secret: string }> {
  const { body } = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    gatewayUrl(),
    'mutation($quota: ApiKeyQuotaInput) { createApiKey(name: "Quota test", scopes: ["clinics:read"], quota: $quota) { secret apiKey { id } } }',
    { quota },
    admin,
  );
  expect(body.errors).toBeUndefined();
  return { id: body.data!.createApiKey.apiKey.id, secret: body.data!.createApiKey.secret };
}

const partner = (url: string, secret: string) => graphqlById(url, CLINICS, { headers: { 'x-api-key': secret } });

/** Starts the test in a fresh minute when the current one is nearly over, so a window does not roll over mid-test. */
async function awayFromMinuteEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 8_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

function expectTooManyRequests(result: GraphQLResult<unknown>, maxSeconds: number): number {
  expect(result.status).toBe(429);
  const retryAfter = Number(result.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors).toEqual([
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter }) }),
  ]);
  return retryAfter;
}

describe('partner quotas (the stack’s gateway)', () => {
  it('refuses a partner over its per-minute quota with 429, Retry-After and TOO_MANY_REQUESTS, before any subgraph is called', async () => {
    await awayFromMinuteEdge();
    const key = await createKey({ perMinute: 3, perDay: 1000 });
    for (let i = 0; i < 3; i++) {
      const { status, body } = await partner(gatewayUrl(), key.secret);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    const before = await sqlQueryCount('provider', 'clinic');
    expectTooManyRequests(await partner(gatewayUrl(), key.secret), 60);
    expect(await sqlQueryCount('provider', 'clinic')).toBe(before);

    // Admins see the quota, and the usage when the gateways share a store.
    const { body } = await graphql<{ apiKeys: { id: string; quota: unknown; usage: unknown }[] }>(
      gatewayUrl(), '{ apiKeys { id quota { perMinute perDay } usage { thisMinute today } } }', undefined, admin);
    const listed = body.data!.apiKeys.find((k) => k.id === key.id)!;
    expect(listed.quota).toEqual({ perMinute: 3, perDay: 1000 });
    if (sharedStore) expect(listed.usage).toEqual({ thisMinute: 3, today: 3 });
    else {
      console.log('ApiKey.usage is null: the test stack runs without REDIS_URL (replica-local counters); set REDIS_URL to test shared usage');
      expect(listed.usage).toBeNull();
    }
  });

  it('refuses a partner past its daily quota until the UTC day ends', async () => {
    const key = await createKey({ perMinute: 2, perDay: 2 });
    for (let i = 0; i < 2; i++) expect((await partner(gatewayUrl(), key.secret)).status).toBe(200);
    const untilMidnight = 86_400 - Math.floor((Date.now() / 1000) % 86_400);
    const retryAfter = expectTooManyRequests(await partner(gatewayUrl(), key.secret), 86_400);
    expect(Math.abs(retryAfter - untilMidnight)).toBeLessThanOrEqual(3);
  });

  it('counts one quota across gateway replicas when they share Redis', async () => {
    if (!sharedStore) {
      console.log('skipped: the test stack runs without REDIS_URL, so each gateway replica counts alone (documented fallback)');
      return;
    }
    await awayFromMinuteEdge();
    const key = await createKey({ perMinute: 4, perDay: 1000 });
    const [first, second] = gatewayUrls();
    for (const url of [first!, second!, first!, second!]) expect((await partner(url, key.secret)).status).toBe(200);
    expectTooManyRequests(await partner(first!, key.secret), 60);
    expectTooManyRequests(await partner(second!, key.secret), 60);
  });

  it('refuses quotas out of bounds and creates no key', async () => {
    const count = async () => (await graphql<{ apiKeys: unknown[] }>(gatewayUrl(), '{ apiKeys { id } }', undefined, admin)).body.data!.apiKeys.length;
    const before = await count();
    for (const [quota, field] of [
      [{ perMinute: 0, perDay: 10 }, 'quota.perMinute'],
      [{ perMinute: 10_001, perDay: 20_000 }, 'quota.perMinute'],
      [{ perMinute: 10, perDay: 5 }, 'quota.perDay'],
      [{ perMinute: 10, perDay: 10_000_001 }, 'quota.perDay'],
    ] as const) {
      const { body } = await graphql(gatewayUrl(), 'mutation($quota: ApiKeyQuotaInput) { createApiKey(name: "x", scopes: ["clinics:read"], quota: $quota) { secret } }', { quota }, admin);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);
  });
});

/** A gateway over the stack's subgraphs, with the stack gateway's service identity and the given limits (replica-local counters). */
async function gatewayWith(limits: Record<string, string>): Promise<{ gateway: Gateway; url: string }> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    SERVICE_KEY_FILE: serviceKeyFile(testStackDataDir, 'gateway'),
    ...limits,
  };
  for (const { name } of subgraphs) env[subgraphUrlVariable(name)] = subgraphUrl(name);
  const gateway = await createGateway({
    supergraphSdl: readFileSync(join(__dirname, '../schema/supergraph.graphql'), 'utf8'),
    env,
    logger: createLogger('rate-limited-gateway', 'warn'),
  });
  return { gateway, url: `http://127.0.0.1:${await gateway.service.listen(0, '127.0.0.1')}/graphql` };
}

const CLINICS_QUERY = '{ clinics { name } }';

describe('per-IP and per-user limits, no proxy trusted', () => {
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    ({ gateway, url } = await gatewayWith({
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '3',
      RATE_LIMIT_USER_PER_MINUTE: '3',
      RATE_LIMIT_KEY_LOOKUPS_PER_MINUTE: '4',
    }));
  });
  afterAll(() => gateway.service.close());
  beforeEach(awayFromMinuteEdge);

  it('counts anonymous callers by socket peer: X-Forwarded-For from an untrusted peer changes nothing', async () => {
    for (let i = 0; i < 3; i++) {
      const { status } = await graphql(url, CLINICS_QUERY, undefined, { 'x-forwarded-for': `198.51.100.${i + 1}` });
      expect(status).toBe(200);
    }
    const before = await sqlQueryCount('provider', 'clinic');
    expectTooManyRequests(await graphql(url, CLINICS_QUERY, undefined, { 'x-forwarded-for': '198.51.100.200' }), 60);
    expect(await sqlQueryCount('provider', 'clinic')).toBe(before);
  });

  it('counts signed-in callers per user, not per address', async () => {
    const doctor = bearer(as.doctor(0));
    for (let i = 0; i < 3; i++) expect((await graphql(url, CLINICS_QUERY, undefined, doctor)).status).toBe(200);
    expectTooManyRequests(await graphql(url, CLINICS_QUERY, undefined, doctor), 60);
    // Another user from the same address is not affected.
    expect((await graphql(url, CLINICS_QUERY, undefined, bearer(as.doctor(1)))).status).toBe(200);
  });

  it('throttles forged API keys per IP without identity look-ups, while a real key keeps working', async () => {
    const real = await createKey({ perMinute: 100, perDay: 1000 });
    expect((await partner(url, real.secret)).status).toBe(200); // one look-up; its token is now held
    const forged = Array.from({ length: 12 }, (_, i) => `tk_forged-${Date.now()}-${i}`);
    const statuses: number[] = [];
    for (const key of forged) statuses.push((await graphql(url, CLINICS_QUERY, undefined, { 'x-api-key': key })).status);
    // Four look-ups a minute for this address: the real key took one, three forged ones get 401, the rest 429.
    expect(statuses).toEqual([401, 401, 401, ...Array(9).fill(429)]);
    for (let i = 0; i < 3; i++) {
      const { status, body } = await partner(url, real.secret);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
  });
});

describe('behind a trusted proxy (TRUSTED_PROXIES)', () => {
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    ({ gateway, url } = await gatewayWith({
      TRUSTED_PROXIES: '127.0.0.1, ::1',
      // Room for the sign-in attempts below, all from one forwarded address.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(LIMITS.loginPerIp.max + 10),
    }));
  });
  afterAll(() => gateway.service.close());

  it('believes X-Forwarded-For from the proxy, and identity’s per-IP sign-in limit counts the forwarded address', async () => {
    // Addresses of this run only: the test databases are new each run, but pick fresh ones anyway.
    const octet = 1 + Math.floor(Math.random() * 200);
    const attacker = `203.0.113.${octet}`;
    const neighbour = `203.0.113.${octet + 1}`;
    const login = (ip: string, i: number) =>
      graphql(url, 'mutation($e: String!) { login(email: $e, password: "wrong-password-1") { session { accessToken } } }',
        { e: `nobody-${i}-${Date.now()}@example.com` }, { 'x-forwarded-for': `10.9.9.9, ${ip}` });
    for (let i = 0; i < LIMITS.loginPerIp.max; i++) {
      const { body } = await login(attacker, i);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const refused = await login(attacker, -1);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    // The next address behind the same proxy is another client.
    const other = await login(neighbour, -2);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
