import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { signAccessToken, verifyAccessToken } from './access-token';
import { jwksKeyResolver, jwksOf } from './jwks';
import { signingKeyFromPem, type SigningKey } from './signing-key';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** identity's JWKS route, for real: a local HTTP server that can be stopped and started again on its port. */
class JwksServer {
  keys: SigningKey[];
  requests = 0;
  private server: Server | null = null;
  port = 0;

  constructor(keys: SigningKey[]) {
    this.keys = keys;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/.well-known/jwks.json`;
  }

  async start(): Promise<void> {
    const server = createServer((_, res) => {
      this.requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwksOf(this.keys)));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('JWKS cache through an identity outage', () => {
  const key = newKey();
  const rotated = newKey();
  const subject = { userId: 'u-1', roles: ['PATIENT'] as const };
  let jwks: JwksServer;
  const errors: unknown[] = [];

  beforeEach(async () => {
    jwks = new JwksServer([key]);
    errors.length = 0;
    await jwks.start();
  });
  afterEach(() => jwks.stop());

  const resolver = (overrides: { ttlMs?: number; maxStaleMs?: number } = {}) =>
    jwksKeyResolver({ url: jwks.url, ttlMs: 100, maxStaleMs: 800, minRefetchIntervalMs: 50, onFetchError: (e) => errors.push(e), ...overrides });

  it('keeps verifying a valid token with the keys it has while identity is down, until the maximum staleness, then refuses it', async () => {
    const resolve = resolver();
    const token = signAccessToken(subject, key);
    await expect(verifyAccessToken(token, resolve)).resolves.toMatchObject({ userId: 'u-1' });
    await jwks.stop();
    await sleep(250); // past the TTL: every call now tries a background refresh, which fails
    await expect(verifyAccessToken(token, resolve)).resolves.toMatchObject({ userId: 'u-1' });
    await sleep(100);
    await expect(verifyAccessToken(token, resolve)).resolves.toMatchObject({ userId: 'u-1' });
    expect(errors.length).toBeGreaterThan(0); // the refreshes really were tried, and failed
    await sleep(600); // now past the maximum staleness
    await expect(verifyAccessToken(token, resolve)).rejects.toThrow('unknown key');
    // Identity back: the next call fetches and the token verifies again.
    await jwks.start();
    await sleep(60);
    await expect(verifyAccessToken(token, resolve)).resolves.toMatchObject({ userId: 'u-1' });
  });

  it('refreshes a stale set in the background: the stale answer comes at once, the rotated key is known afterwards', async () => {
    const resolve = resolver({ maxStaleMs: 60_000 });
    await resolve(key.kid);
    expect(jwks.requests).toBe(1);
    jwks.keys = [rotated, key];
    await sleep(150);
    await expect(resolve(key.kid)).resolves.toBe(await resolve(key.kid)); // answered from the cache
    await sleep(50);
    expect(jwks.requests).toBe(2); // one background fetch, not one per call
    const before = jwks.requests;
    await expect(verifyAccessToken(signAccessToken(subject, rotated), resolve)).resolves.toMatchObject({ userId: 'u-1' });
    expect(jwks.requests).toBe(before); // the rotated kid came with the background refresh
  });

  it('refuses an unknown kid while identity is down, and asks identity at most once per interval', async () => {
    const resolve = resolver({ maxStaleMs: 60_000 });
    await resolve(key.kid);
    await jwks.stop();
    const forged = signAccessToken(subject, newKey());
    const attempts = await Promise.allSettled(Array.from({ length: 20 }, () => verifyAccessToken(forged, resolve)));
    expect(attempts.every((a) => a.status === 'rejected')).toBe(true);
    expect(errors.length).toBe(1); // twenty unknown kids, one fetch attempt
    await expect(resolve(key.kid)).resolves.toBeDefined();
  });

  it('refuses every token when identity was never reachable', async () => {
    await jwks.stop();
    const resolve = resolver();
    await expect(verifyAccessToken(signAccessToken(subject, key), resolve)).rejects.toThrow('unknown key');
  });
});
