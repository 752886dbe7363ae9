import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { signAccessToken } from '@telemed/auth/access-token';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@telemed/auth/claims';
import { SERVICE_TOKEN_HEADER, signServiceToken } from '@telemed/auth/service-token';
import { loadSigningKeyFile, signingKeyFromPem } from '@telemed/auth/signing-key';
import { signingKeyFile } from '@telemed/devstack/stack';
import { subgraphNames } from '@telemed/topology/subgraphs';
import { accessToken, as, bearer, serviceToken } from './auth';
import { testStackDataDir } from './stack-file';
import { gatewayUrl, graphql, subgraphUrl } from './stack';

const QUERY = '{ appointments(first: 1) { id } }';

describe('caller tokens at the gateway', () => {
  const identityKey = () => loadSigningKeyFile(signingKeyFile(testStackDataDir), { create: false });
  const stranger = signingKeyFromPem(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const claims = { roles: ['ADMIN'] };
  const options = (kid: string) => ({ algorithm: 'RS256' as const, keyid: kid, subject: as.admin.userId, issuer: TOKEN_ISSUER, expiresIn: 60 });

  const refusedTokens: [string, () => string, string][] = [
    ['expired', () => accessToken(as.admin, -120), 'expired'],
    ['signed by another key under identity’s kid', () => jwt.sign(claims, stranger.privateKey, { ...options(identityKey().kid), audience: TOKEN_AUDIENCE }), 'invalid'],
    ['signed by an unknown key', () => signAccessToken(as.admin, stranger), 'unknown key'],
    ['alg none', () => jwt.sign({ ...claims, sub: as.admin.userId }, '', { algorithm: 'none' as jwt.Algorithm, keyid: identityKey().kid } as jwt.SignOptions), 'algorithm'],
    ['for another audience', () => jwt.sign(claims, identityKey().privateKey, { ...options(identityKey().kid), audience: 'someone-else' }), 'invalid'],
    [
      'tampered (patient promoted to admin)',
      () => {
        const [header, , signature] = accessToken(as.patient(0)).split('.');
        const payload = Buffer.from(JSON.stringify({ sub: as.patient(0).userId, roles: ['ADMIN'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: 9e9 })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
      'invalid',
    ],
  ];

  it.each(refusedTokens)('refuses a token %s with 401 UNAUTHENTICATED', async (_, token, message) => {
    const { status, body } = await graphql(gatewayUrl(), QUERY, undefined, { authorization: `Bearer ${token()}` });
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toContain(message);
  });

  it('lets anonymous callers use public fields only', async () => {
    const open = await graphql<{ doctors: unknown[]; clinics: unknown[] }>(gatewayUrl(), '{ doctors(first: 2) { name } clinics { name } }');
    expect(open.body.errors).toBeUndefined();
    expect(open.body.data!.doctors).toHaveLength(2);
    const closed = await graphql(gatewayUrl(), QUERY);
    expect(closed.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stats = await graphql(gatewayUrl(), '{ doctors(first: 1) { name stats { totalAppointments } } }');
    expect(stats.body.errors?.[0]).toMatchObject({ path: ['doctors', 0, 'stats'], extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('subgraphs behind the gateway', () => {
  it.each(subgraphNames)('%s answers 401 without the gateway’s service token', async (name) => {
    const { status, body } = await graphql(subgraphUrl(name), '{ __typename }', undefined, bearer(as.admin));
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a service token meant for another subgraph, an expired one, and one a service signs in the gateway’s name', async () => {
    const wrongAudience = await graphql(subgraphUrl('appointment'), '{ __typename }', undefined, serviceToken('payment'));
    expect(wrongAudience.status).toBe(401);
    const expired = await graphql(subgraphUrl('appointment'), '{ __typename }', undefined, serviceToken('appointment', 'gateway', -60));
    expect(expired.status).toBe(401);
    const storageKey = loadSigningKeyFile(`${testStackDataDir}/keys/services/storage.pem`, { create: false });
    const impostor = { [SERVICE_TOKEN_HEADER]: signServiceToken('gateway', 'appointment', storageKey) };
    expect((await graphql(subgraphUrl('appointment'), '{ __typename }', undefined, impostor)).status).toBe(401);
  });

  it('accepts the gateway’s service token', async () => {
    const { status, body } = await graphql(subgraphUrl('provider'), '{ clinics { name } }', undefined, serviceToken('provider'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('keeps health, readiness, metrics and JWKS open', async () => {
    for (const path of ['/healthz', '/metrics']) expect((await fetch(new URL(path, subgraphUrl('appointment')))).status).toBe(200);
    expect((await fetch(new URL('/.well-known/jwks.json', subgraphUrl('identity')))).status).toBe(200);
  });

  it('refuses service-only fields to callers relayed by the gateway', async () => {
    const direct = await graphql(subgraphUrl('identity'), 'mutation { recordAuditEntries(entries: []) }', undefined, {
      ...serviceToken('identity'),
      ...bearer(as.admin),
    });
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viaGateway = await graphql(gatewayUrl(), 'mutation { recordAuditEntries(entries: []) }', undefined, bearer(as.admin));
    expect(viaGateway.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
