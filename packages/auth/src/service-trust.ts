import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SigningKey } from './signing-key';

/** The services whose tokens a subgraph accepts: key id → owning service and public key. */
export type ServiceTrust = ReadonlyMap<string, { readonly issuer: string; readonly publicKey: KeyObject }>;

/**
 * The trust bundle: a JWKS whose keys also name the service holding the
 * private half (`iss`). It is public material, distributed as a file or an
 * environment variable (`SERVICE_JWKS_FILE` / `SERVICE_JWKS`), so subgraphs
 * need no network call to trust the gateway and each other.
 */
const Bundle = z.object({
  keys: z.array(z.object({ kty: z.literal('RSA'), kid: z.string().min(1), iss: z.string().min(1), n: z.string(), e: z.string() })),
});

export interface ServiceKeyEntry {
  readonly issuer: string;
  readonly key: SigningKey;
}

export function serviceJwksOf(entries: readonly ServiceKeyEntry[]) {
  return {
    keys: entries.map(({ issuer, key }) => {
      const jwk = key.publicKey.export({ format: 'jwk' });
      return { kty: 'RSA', kid: key.kid, alg: 'RS256', use: 'sig', iss: issuer, n: jwk.n, e: jwk.e };
    }),
  };
}

export function parseServiceTrust(json: string): ServiceTrust {
  const bundle = Bundle.parse(JSON.parse(json));
  return new Map(
    bundle.keys.map((jwk) => [
      jwk.kid,
      { issuer: jwk.iss, publicKey: createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }) },
    ]),
  );
}

/** `SERVICE_JWKS` (JSON) or `SERVICE_JWKS_FILE`; null when neither is set. */
export function serviceTrustFromEnv(env: NodeJS.ProcessEnv): ServiceTrust | null {
  if (env.SERVICE_JWKS) return parseServiceTrust(env.SERVICE_JWKS);
  if (env.SERVICE_JWKS_FILE) return parseServiceTrust(readFileSync(env.SERVICE_JWKS_FILE, 'utf8'));
  return null;
}
