import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { DEMO_API_KEY, demoLogins } from '@telemed/demo-data/demo-logins';
import { serviceKeyFile } from '@telemed/devstack/service-keys';
import { subgraphNames, subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { createGateway, type Gateway } from '../gateway/src/gateway';
import { as, bearer } from './auth';
import { graphqlById, persistedOperation } from './persisted';
import { testStackDataDir } from './stack-file';
import { gatewayUrl, graphql, subgraphUrl } from './stack';

const partnerKey = { 'x-api-key': DEMO_API_KEY };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('persisted queries: partners', () => {
  it('run operations of the partner manifest by id and get data', async () => {
    const search = await graphqlById<{ doctorSearch: { edges: { node: { name: string; clinic: { name: string } } }[] } }>(
      gatewayUrl(),
      persistedOperation('partners', 'PartnerDoctorSearch').id,
      { variables: { first: 2 }, headers: partnerKey },
    );
    expect(search.status).toBe(200);
    expect(search.body.errors).toBeUndefined();
    expect(search.body.data!.doctorSearch.edges).toHaveLength(2);
    expect(search.body.data!.doctorSearch.edges[0]!.node.name).toMatch(/^Dr\. /);

    const clinics = await graphqlById<{ clinics: { name: string; doctors: unknown[] }[] }>(
      gatewayUrl(), persistedOperation('partners', 'PartnerClinics').id, { headers: partnerKey });
    expect(clinics.body.errors).toBeUndefined();
    expect(clinics.body.data!.clinics.length).toBeGreaterThan(0);

    // The demo key has stats:read.
    const stats = await graphqlById<{ doctors: { stats: { totalAppointments: number } }[] }>(
      gatewayUrl(), persistedOperation('partners', 'PartnerDoctorStats').id, { variables: { first: 1 }, headers: partnerKey });
    expect(stats.body.errors).toBeUndefined();
    expect(stats.body.data!.doctors[0]!.stats.totalAppointments).toBeGreaterThan(0);
  });

  it('are refused query text, even the exact text of a manifest operation, with PERSISTED_QUERY_REQUIRED', async () => {
    const plain = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, partnerKey);
    expect(plain.status).toBe(400);
    expect(plain.body.data).toBeUndefined();
    expect(plain.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_REQUIRED' }) }),
    ]);
    expect(plain.body.errors![0]!.message).toContain('partner manifest');

    const clinics = persistedOperation('partners', 'PartnerClinics');
    const both = await graphqlById(gatewayUrl(), clinics.id, { query: clinics.body, headers: partnerKey });
    expect(both.status).toBe(400);
    expect(both.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
  });

  it('are refused unknown ids and the apps’ ids with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const id of [sha256('query Unknown { clinics { id } }'), persistedOperation('apps', 'MyAppointments').id]) {
      const { status, body } = await graphqlById(gatewayUrl(), id, { headers: partnerKey });
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }),
      ]);
    }
  });

  it('hold for a PARTNER signed in with a password too, whatever the credential', async () => {
    const { status, body } = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, bearer({ userId: 'p', roles: ['PARTNER'], scopes: ['clinics:read'] }));
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_REQUIRED');
  });
});

describe('persisted queries: first-party callers', () => {
  it('run the apps’ operations by id', async () => {
    const patient = as.patient(0);
    const { status, body } = await graphqlById<{ appointments: { id: string; __typename: string }[] }>(
      gatewayUrl(), persistedOperation('apps', 'MyAppointments').id, { headers: bearer(patient) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.appointments.length).toBeGreaterThan(0);
    // The manifest holds what Apollo Client sends: typenames included.
    expect(body.data!.appointments[0]!.__typename).toBe('Appointment');

    const { email, password } = demoLogins(buildDemoDataset()).find((login) => login.role === 'PATIENT')!;
    const login = await graphqlById<{ login: { session: { role: string } | null } }>(
      gatewayUrl(), persistedOperation('apps', 'Login').id, { variables: { email, password } });
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data!.login.session!.role).toBe('PATIENT');
  });

  it('may still send query text (GATEWAY_REQUIRE_PERSISTED_QUERIES is off here)', async () => {
    const { body } = await graphql<{ clinics: unknown[] }>(gatewayUrl(), '{ clinics { name } }');
    expect(body.errors).toBeUndefined();
  });

  it('cannot register a query: an id with text that no manifest lists is refused, and stays unknown', async () => {
    const query = '{ clinics { id name city } }';
    const id = sha256(query);
    const registration = await graphqlById(gatewayUrl(), id, { query, headers: bearer(as.admin) });
    expect(registration.status).toBe(400);
    expect(registration.body.errors![0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(registration.body.errors![0]!.message).toContain('cannot be registered');

    for (const headers of [bearer(as.admin), {}]) {
      const again = await graphqlById(gatewayUrl(), id, { headers });
      expect(again.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});

describe('persisted queries required for everyone (GATEWAY_REQUIRE_PERSISTED_QUERIES=true)', () => {
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    // A second gateway over the stack's subgraphs, with the stack gateway's service identity.
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SERVICE_KEY_FILE: serviceKeyFile(testStackDataDir, 'gateway'),
      GATEWAY_REQUIRE_PERSISTED_QUERIES: 'true',
    };
    for (const name of subgraphNames) env[subgraphUrlVariable(name)] = subgraphUrl(name);
    gateway = await createGateway({ supergraphSdl: readFileSync(join(__dirname, '../schema/supergraph.graphql'), 'utf8'), env });
    url = `http://127.0.0.1:${await gateway.service.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => gateway.service.close());

  it('refuses query text from first-party and anonymous callers, and runs the apps’ ids', async () => {
    for (const headers of [bearer(as.admin), {}]) {
      const { status, body } = await graphql(url, '{ clinics { name } }', undefined, headers);
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_REQUIRED' }) }),
      ]);
    }
    const { body } = await graphqlById<{ appointments: unknown[] }>(url, persistedOperation('apps', 'MyAppointments').id, { headers: bearer(as.patient(0)) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.appointments.length).toBeGreaterThan(0);
  });
});
