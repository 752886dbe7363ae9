import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceTokenSigner, verifyServiceToken } from '@telemed/auth/service-token';
import { parseServiceTrust, serviceJwksOf } from '@telemed/auth/service-trust';
import { signingKeyFromPem } from '@telemed/auth/signing-key';
import { CircuitOpenError, ServiceCallError, ServiceGraphQLError } from './errors';
import { createServiceClient } from './service-client';

type Behaviour = (calls: number) => { status: number; body?: unknown; delayMs?: number };

describe('service client', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const self = { name: 'identity', key, tokenFor: serviceTokenSigner('identity', key) };
  const trust = parseServiceTrust(JSON.stringify(serviceJwksOf([{ issuer: 'identity', key }])));
  let server: Server;
  let url: string;
  let behaviour: Behaviour;
  let seen: IncomingHttpHeaders[];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      const { status, body, delayMs } = behaviour(seen.length);
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body ?? {}));
      }, delayMs ?? 0);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen = [];
  });

  const client = (extra: Partial<Parameters<typeof createServiceClient>[0]> = {}) =>
    createServiceClient({ self, urlOf: () => url, timeoutMs: 200, ...extra });

  it('adds a service token for the target and the correlation ID', async () => {
    behaviour = () => ({ status: 200, body: { data: { ok: true } } });
    await expect(client().request('provider', { query: '{ ok }', correlationId: 'corr-1' })).resolves.toEqual({ ok: true });
    expect(seen[0]!['x-correlation-id']).toBe('corr-1');
    expect(verifyServiceToken(String(seen[0]!['x-service-token']), trust, 'provider')).toEqual({ issuer: 'identity' });
  });

  it('retries a query after a 503 and a timeout', async () => {
    behaviour = (n) => (n === 1 ? { status: 503 } : n === 2 ? { status: 200, delayMs: 400 } : { status: 200, body: { data: { ok: 1 } } });
    await expect(client().request('provider', { query: '{ ok }', correlationId: 'c' })).resolves.toEqual({ ok: 1 });
    expect(seen).toHaveLength(3);
  });

  it('never retries a mutation unless told it is idempotent', async () => {
    behaviour = () => ({ status: 503 });
    await expect(client().request('provider', { query: 'mutation { go }', correlationId: 'c' })).rejects.toBeInstanceOf(ServiceCallError);
    expect(seen).toHaveLength(1);
    seen = [];
    await expect(client().request('provider', { query: 'mutation { go }', correlationId: 'c', idempotent: true })).rejects.toThrow('answered 503');
    expect(seen).toHaveLength(3);
  });

  it('does not retry GraphQL errors', async () => {
    behaviour = () => ({ status: 200, body: { errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] } });
    await expect(client().request('provider', { query: '{ ok }', correlationId: 'c' })).rejects.toBeInstanceOf(ServiceGraphQLError);
    expect(seen).toHaveLength(1);
  });

  it('opens the circuit after repeated failures, then lets one trial through', async () => {
    let now = 0;
    behaviour = () => ({ status: 500 });
    const c = client({ retries: 0, breaker: { failureThreshold: 3, resetAfterMs: 1_000, now: () => now } });
    for (let i = 0; i < 3; i++) await expect(c.request('payment', { query: '{ ok }', correlationId: 'c' })).rejects.toThrow('answered 500');
    expect(c.circuitState('payment')).toBe('open');
    await expect(c.request('payment', { query: '{ ok }', correlationId: 'c' })).rejects.toBeInstanceOf(CircuitOpenError);
    expect(seen).toHaveLength(3);
    expect(c.circuitState('storage')).toBe('closed');
    now = 1_000;
    behaviour = () => ({ status: 200, body: { data: { ok: 2 } } });
    await expect(c.request('payment', { query: '{ ok }', correlationId: 'c' })).resolves.toEqual({ ok: 2 });
    expect(c.circuitState('payment')).toBe('closed');
  });
});
