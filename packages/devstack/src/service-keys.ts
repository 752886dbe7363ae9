import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { serviceJwksOf } from '@telemed/auth/service-trust';

/** Where a stack keeps one service's private service-token key. */
export function serviceKeyFile(dataDir: string, service: string): string {
  return join(dataDir, 'keys', 'services', `${service}.pem`);
}

/** The public trust bundle every service of a stack verifies service tokens with. */
export function serviceJwksFile(dataDir: string): string {
  return join(dataDir, 'keys', 'service-jwks.json');
}

/**
 * Gives each service its own service-token key (created on first use, kept in
 * the data folder) and writes the bundle of their public keys. In production
 * the keys come from a secret store and the bundle from configuration; the
 * environment variables are the same (`SERVICE_KEY_FILE`, `SERVICE_JWKS_FILE`).
 */
export function provisionServiceKeys(dataDir: string, services: readonly string[]): Record<string, NodeJS.ProcessEnv> {
  const entries = services.map((issuer) => ({ issuer, key: loadSigningKeyFile(serviceKeyFile(dataDir, issuer), { create: true }) }));
  writeFileSync(serviceJwksFile(dataDir), `${JSON.stringify(serviceJwksOf(entries), null, 2)}\n`);
  return Object.fromEntries(
    services.map((service) => [service, { SERVICE_KEY_FILE: serviceKeyFile(dataDir, service), SERVICE_JWKS_FILE: serviceJwksFile(dataDir) }]),
  );
}

/** A 32-byte random key (base64): identity's data key, storage's file-link key; created on first use, as the services themselves do outside production. */
export function provisionDataKey(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
}
