import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseServiceTrust } from '@telemed/auth/service-trust';
import { privateKeyFiles, provisionKeys } from './provision-keys';

describe('provision-keys', () => {
  const folder = mkdtempSync(join(tmpdir(), 'keys-'));
  provisionKeys(folder, null);
  const mode = (path: string) => statSync(join(folder, path)).mode & 0o777;

  it('writes each service’s private keys into a folder of its own, private to its owner', () => {
    expect(Object.keys(privateKeyFiles).sort()).toEqual(['analytics', 'appointment', 'gateway', 'identity', 'payment', 'provider', 'storage']);
    for (const [service, files] of Object.entries(privateKeyFiles)) {
      expect(mode(service)).toBe(0o700);
      for (const file of Object.values(files)) expect(mode(join(service, file))).toBe(0o600);
    }
    expect(Object.values(privateKeyFiles.identity!).sort()).toEqual(['identity-data-key', 'jwt-signing-key.pem', 'service-key.pem']);
    expect(Object.values(privateKeyFiles.gateway!)).toEqual(['service-key.pem']);
  });

  it('publishes every service’s public key, and only public keys, in the bundle', () => {
    expect(mode('public')).toBe(0o755);
    expect(mode('public/service-jwks.json')).toBe(0o644);
    const json = readFileSync(join(folder, 'public/service-jwks.json'), 'utf8');
    expect([...parseServiceTrust(json).values()].map((entry) => entry.issuer).sort()).toEqual(Object.keys(privateKeyFiles).sort());
    expect(json).not.toMatch(/PRIVATE KEY|"d":/);
  });

  it('keeps existing keys when run again, so a restart signs nobody out', () => {
    const before = readFileSync(join(folder, 'identity/jwt-signing-key.pem'), 'utf8');
    const bundle = readFileSync(join(folder, 'public/service-jwks.json'), 'utf8');
    provisionKeys(folder, null);
    expect(readFileSync(join(folder, 'identity/jwt-signing-key.pem'), 'utf8')).toBe(before);
    expect(readFileSync(join(folder, 'public/service-jwks.json'), 'utf8')).toBe(bundle);
  });
});
