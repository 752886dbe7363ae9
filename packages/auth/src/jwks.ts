import { createPublicKey, type KeyObject } from 'node:crypto';
import type { KeyResolver } from './access-token';
import type { SigningKey } from './signing-key';

export interface Jwk {
  readonly kty: string;
  readonly kid: string;
  readonly alg: string;
  readonly use: string;
  readonly n?: string;
  readonly e?: string;
}

/** The JSON Web Key Set identity publishes at `/.well-known/jwks.json`. */
export function jwksOf(keys: readonly SigningKey[]): { keys: Jwk[] } {
  return {
    keys: keys.map((key) => {
      const jwk = key.publicKey.export({ format: 'jwk' });
      return { kty: 'RSA', kid: key.kid, alg: 'RS256', use: 'sig', n: jwk.n, e: jwk.e };
    }),
  };
}

export interface JwksResolverOptions {
  readonly url: string;
  /** How long a fetched key set is trusted before it is fetched again. */
  readonly ttlMs?: number;
  /** At most one refetch per this interval for unknown kids, so forged kids cannot hammer identity. */
  readonly minRefetchIntervalMs?: number;
  readonly fetch?: typeof fetch;
}

/**
 * Resolves a `kid` from a remote JWKS with caching: a known kid costs nothing;
 * an unknown kid (key rotation) triggers one refetch, rate-limited.
 */
export function jwksKeyResolver(options: JwksResolverOptions): KeyResolver {
  const ttl = options.ttlMs ?? 10 * 60_000;
  const minInterval = options.minRefetchIntervalMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  let keys = new Map<string, KeyObject>();
  let fetchedAt = 0;
  let inflight: Promise<void> | null = null;

  const refresh = () => {
    inflight ??= (async () => {
      try {
        const response = await doFetch(options.url, { signal: AbortSignal.timeout(5_000) });
        if (!response.ok) throw new Error(`JWKS ${options.url} answered ${response.status}`);
        const body = (await response.json()) as { keys?: Jwk[] };
        const next = new Map<string, KeyObject>();
        for (const jwk of body.keys ?? []) {
          if (jwk.kty === 'RSA' && jwk.kid && jwk.n && jwk.e) {
            next.set(jwk.kid, createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }));
          }
        }
        keys = next;
        fetchedAt = Date.now();
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  };

  return async (kid) => {
    const stale = Date.now() - fetchedAt > ttl;
    if (stale || (!keys.has(kid) && Date.now() - fetchedAt > minInterval)) await refresh();
    const key = keys.get(kid);
    if (!key) throw new Error(`No key ${kid} in ${options.url}`);
    return key;
  };
}

/** Resolver over keys held in memory (identity verifies with its own keys). */
export function localKeyResolver(keys: readonly SigningKey[]): KeyResolver {
  const byKid = new Map(keys.map((key) => [key.kid, key.publicKey]));
  return async (kid) => {
    const key = byKid.get(kid);
    if (!key) throw new Error(`Unknown key ${kid}`);
    return key;
  };
}
