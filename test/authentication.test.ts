import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { bearer, serviceToken } from './auth';
import { gatewayUrl, graphql, subgraphUrl } from './stack';

describe('access tokens on the request path', () => {
  const patient = buildDemoDataset().patients[0]!;
  const subject = { userId: patient.userId, roles: ['PATIENT' as const], patientId: patient.id };

  it('identity publishes its public keys as a JWKS', async () => {
    const response = await fetch(new URL('/.well-known/jwks.json', subgraphUrl('identity')));
    const body = (await response.json()) as { keys: { kty: string; alg: string; kid: string }[] };
    expect(body.keys).toEqual([expect.objectContaining({ kty: 'RSA', alg: 'RS256', kid: expect.any(String) })]);
  });

  it('accepts a valid token', async () => {
    const { status, body } = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, bearer(subject));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const { body } = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, bearer(subject, -120));
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toContain('expired');
  });

  it('refuses a malformed header at the subgraph with 401', async () => {
    const { status, body } = await graphql(subgraphUrl('provider'), '{ clinics { name } }', undefined, {
      ...serviceToken('provider'),
      authorization: 'Basic abc',
    });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
