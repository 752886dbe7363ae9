import { devComposeProblems, prodComposeProblems, readComposeFile, type ComposeFile } from './compose-rules';

/** A copy of `compose` with one service changed by `edit`. */
function withService(compose: ComposeFile, name: string, edit: (service: Record<string, unknown>) => void): ComposeFile {
  const copy = structuredClone(compose) as { services: Record<string, Record<string, unknown>> };
  edit(copy.services[name]!);
  return copy as unknown as ComposeFile;
}

describe('docker-compose.yml', () => {
  const compose = readComposeFile('docker-compose.yml');

  it('gives each service only its own keys, health checks, and loopback-only ports', () => {
    expect(devComposeProblems(compose)).toEqual([]);
  });

  it('catches a service mounting another service’s keys, a public port and a missing health check', () => {
    const tampered = withService(compose, 'payment', (payment) => {
      payment.volumes = ['keys-identity:/keys/own:ro', 'keys-public:/keys/public:ro'];
      payment.ports = ['4004:4004'];
      delete payment.healthcheck;
    });
    expect(devComposeProblems(tampered)).toEqual([
      'payment: no healthcheck',
      'payment: port 4004:4004 is not bound to 127.0.0.1',
      expect.stringContaining('payment: key mounts ["keys-identity:/keys/own:ro","keys-public:/keys/public:ro"]'),
    ]);
  });

  it('catches a key variable that points at another key, and keys owned by root', () => {
    const wrongKey = withService(compose, 'gateway', (gateway) => {
      (gateway.environment as Record<string, string>).JWT_SIGNING_KEY_FILE = '/keys/own/jwt-signing-key.pem';
    });
    expect(devComposeProblems(wrongKey)).toContain('gateway: JWT_SIGNING_KEY_FILE set, but gateway holds no such key');
    const rootOwned = withService(compose, 'keys', (keys) => {
      keys.command = ['scripts/provision-keys.js', '/keys'];
    });
    expect(devComposeProblems(rootOwned)).toContain('keys: does not provision with --owner 1000:1000 (the image user `node`)');
  });
});

describe('compose.prod.yml', () => {
  const compose = readComposeFile('compose.prod.yml');

  it('runs in production mode with persisted queries required, CORS origins and every secret from its own file', () => {
    expect(prodComposeProblems(compose)).toEqual([]);
  });

  it('catches development mode, an inline database URL and another service’s secret', () => {
    const tampered = withService(compose, 'analytics', (analytics) => {
      const env = analytics.environment as Record<string, string>;
      env.NODE_ENV = 'development';
      env.DATABASE_URL = 'postgres://postgres:secret@postgres/postgres';
      analytics.secrets = [...(analytics.secrets as object[]), { source: 'identity_jwt_signing_key', target: '/run/secrets/jwt' }];
    });
    expect(prodComposeProblems(tampered)).toEqual([
      'analytics: NODE_ENV is development, not production',
      'analytics: DATABASE_URL in the environment; use DATABASE_URL_FILE',
      'analytics: mounts identity_jwt_signing_key, which is not its own',
    ]);
  });

  it('catches optional persisted queries and a CORS default', () => {
    const tampered = withService(compose, 'gateway', (gateway) => {
      const env = gateway.environment as Record<string, string>;
      env.GATEWAY_REQUIRE_PERSISTED_QUERIES = 'false';
      env.GATEWAY_CORS_ORIGINS = '${GATEWAY_CORS_ORIGINS:-http://localhost:5173}';
    });
    expect(prodComposeProblems(tampered)).toEqual([
      'gateway: persisted queries not required',
      'gateway: GATEWAY_CORS_ORIGINS is not required from the operator',
    ]);
  });
});
