import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@telemed/devstack/ports';
import { serviceKeyFile } from '@telemed/devstack/service-keys';
import { subgraphNames, subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { createGateway, type Gateway } from '../gateway/src/gateway';
import { as, bearer } from './auth';
import { testStackDataDir } from './stack-file';
import { graphql, subgraphUrl } from './stack';

/**
 * The real six subgraphs behind a second gateway whose storage route points at
 * a port nobody listens on: what clients see while storage is down.
 */
describe('a stopped subgraph', () => {
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    // The same service identity as the stack's gateway, so the subgraphs accept it.
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', LOG_LEVEL: 'silent', SERVICE_KEY_FILE: serviceKeyFile(testStackDataDir, 'gateway') };
    for (const name of subgraphNames) env[subgraphUrlVariable(name)] = subgraphUrl(name);
    env[subgraphUrlVariable('storage')] = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await createGateway({
      supergraphSdl: readFileSync(join(__dirname, '../schema/supergraph.graphql'), 'utf8'),
      env,
    });
    url = `http://127.0.0.1:${await gateway.service.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => gateway.service.close());

  it('yields the other subgraphs’ data plus an error naming storage', async () => {
    const { status, body } = await graphql<{ appointments: { id: string; doctor: { name: string }; attachments: unknown }[] }>(
      url,
      '{ appointments(first: 3) { id doctor { name } payment { status } attachments { filename } } }',
      undefined,
      bearer(as.admin),
    );
    expect(status).toBe(200);
    expect(body.data!.appointments).toHaveLength(3);
    expect(body.data!.appointments.every((a) => a.doctor.name.startsWith('Dr.'))).toBe(true);
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'storage' }) }),
    ]);
    expect(body.errors![0]!.message).toContain('storage');
  });

  it('keeps serving queries that do not need storage', async () => {
    const { body } = await graphql<{ doctors: unknown[] }>(url, '{ doctors(first: 2) { name stats { totalAppointments } } }', undefined, bearer(as.admin));
    expect(body.errors).toBeUndefined();
    expect(body.data!.doctors).toHaveLength(2);
  });
});
