import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corsPolicyFrom, handleCors, type CorsPolicy } from './cors';

describe('corsPolicyFrom', () => {
  it('allows loopback origins on any port outside production', () => {
    const policy = corsPolicyFrom({}, false);
    expect(policy.allows('http://localhost:5173')).toBe(true);
    expect(policy.allows('http://127.0.0.1:41234')).toBe(true);
    expect(policy.allows('https://evil.example')).toBe(false);
    expect(policy.allows('http://localhost.evil.example')).toBe(false);
  });

  it('allows nothing by default in production', () => {
    expect(corsPolicyFrom({}, true).allows('http://localhost:5173')).toBe(false);
  });

  it('allows exactly the configured origins', () => {
    const policy = corsPolicyFrom(
      { GATEWAY_CORS_ORIGINS: 'https://doctor.example.com, https://patient.example.com' },
      true,
    );
    expect(policy.allows('https://doctor.example.com')).toBe(true);
    expect(policy.allows('https://patient.example.com')).toBe(true);
    expect(policy.allows('http://localhost:5173')).toBe(false);
  });

  it('refuses a malformed origin at start-up', () => {
    expect(() => corsPolicyFrom({ GATEWAY_CORS_ORIGINS: 'https://app.example.com/' }, true)).toThrow(
      /GATEWAY_CORS_ORIGINS/,
    );
    expect(() => corsPolicyFrom({ GATEWAY_CORS_ORIGINS: '*' }, true)).toThrow(/GATEWAY_CORS_ORIGINS/);
  });
});

describe('handleCors', () => {
  let server: Server;
  let url: string;
  const policy: CorsPolicy = { allows: (origin) => origin === 'http://localhost:5173' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (handleCors(req, res, policy)) return;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers an allowed preflight with the headers the apps send', async () => {
    const response = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-correlation-id');
  });

  it('gives a refused origin no allow headers', async () => {
    const response = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin read the response and its correlation id', async () => {
    const response = await fetch(url, { method: 'POST', headers: { origin: 'http://localhost:5173' } });
    expect(await response.text()).toBe('ok');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-correlation-id');
  });
});
