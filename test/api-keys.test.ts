import { DEMO_API_KEY } from '@telemed/demo-data/demo-logins';
import { as, bearer, serviceToken } from './auth';
import { graphqlById, persistedOperation } from './persisted';
import { gatewayUrl, graphql, subgraphUrl } from './stack';

// Partners run persisted operations only (test/persisted-queries.test.ts).
const STATS = persistedOperation('partners', 'PartnerDoctorStats').id;

describe('partner API keys', () => {
  const admin = bearer(as.admin);

  it('are created by admins, shown once, stored hashed, and turned into a PARTNER caller by the gateway', async () => {
    const created = await graphql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } } }>(
      gatewayUrl(), 'mutation { createApiKey(name: "Acme Health", scopes: ["doctors:read"]) { secret apiKey { id prefix scopes } } }', undefined, admin);
    expect(created.body.errors).toBeUndefined();
    const { secret, apiKey } = created.body.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const listed = await graphql<{ apiKeys: Record<string, unknown>[] }>(gatewayUrl(), '{ apiKeys { id prefix } }', undefined, admin);
    expect(listed.body.data!.apiKeys).toContainEqual({ id: apiKey.id, prefix: apiKey.prefix });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    // Public data works; scoped data needs its scope (this key lacks stats:read).
    const partner = await graphqlById<{ doctors: { name: string; stats: unknown }[] }>(gatewayUrl(), STATS, { variables: { first: 1 }, headers: { 'x-api-key': secret } });
    expect(partner.body.data!.doctors[0]!.stats).toBeNull();
    expect(partner.body.errors?.[0]).toMatchObject({ path: ['doctors', 0, 'stats'], extensions: { code: 'FORBIDDEN' } });
    // No partner operation reads appointments; were one added, the appointment subgraph would show a partner none.
    const appointments = await graphql<{ appointments: unknown[] }>(
      subgraphUrl('appointment'), '{ appointments(first: 5) { id } }', undefined,
      { ...serviceToken('appointment'), ...bearer({ userId: apiKey.id, roles: ['PARTNER'], scopes: apiKey.scopes }) });
    expect(appointments.body.data!.appointments).toEqual([]);

    const revoked = await graphql<{ revokeApiKey: { revokedAt: string | null } }>(
      gatewayUrl(), 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKey.id }, admin);
    expect(revoked.body.data!.revokeApiKey.revokedAt).not.toBeNull();
    // Identity no longer exchanges it (the gateway's one-minute cache aside).
    const exchange = await graphql<{ exchangeApiKey: unknown }>(subgraphUrl('identity'), 'mutation($k: String!) { exchangeApiKey(key: $k) { accessToken } }', { k: secret }, serviceToken('identity'));
    expect(exchange.body.data).toEqual({ exchangeApiKey: null });
  });

  it('reads scoped data with the demo key', async () => {
    const { body } = await graphqlById<{ doctors: { stats: { totalAppointments: number } }[] }>(gatewayUrl(), STATS, { variables: { first: 1 }, headers: { 'x-api-key': DEMO_API_KEY } });
    expect(body.errors).toBeUndefined();
    expect(body.data!.doctors[0]!.stats.totalAppointments).toBeGreaterThan(0);
  });

  it('refuses an unknown key with 401, and keys from non-admins', async () => {
    const unknown = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, { 'x-api-key': 'tk_not-a-real-key' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const notAdmin = await graphql(gatewayUrl(), 'mutation { createApiKey(name: "x", scopes: ["doctors:read"]) { secret } }', undefined, bearer(as.patient(0)));
    expect(notAdmin.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
