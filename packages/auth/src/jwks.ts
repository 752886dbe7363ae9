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
  /** How long a fetched key set is fresh; after that it is refreshed in the background while still served. */
  readonly ttlMs?: number;
  /**
   * How long past its fetch a key set is still served while identity cannot
   * be reached, so valid tokens keep working through an outage; after that a
   * key is only used once a fetch succeeds.
   */
  readonly maxStaleMs?: number;
  /** At most one fetch per this interval (unknown kids, background refreshes, failed fetches), so forged kids or an outage cannot hammer identity. */
  readonly minRefetchIntervalMs?: number;
  /** Told about each failed fetch (the resolver keeps serving what it has). */
  readonly onFetchError?: (error: unknown) => void;
  readonly fetch?: typeof fetch;
}

/** Defaults of `jwksKeyResolver`, also the defaults of `JWKS_CACHE_SECONDS` and `JWKS_MAX_STALE_SECONDS`. */
export const JWKS_DEFAULTS = { ttlSeconds: 10 * 60, maxStaleSeconds: 6 * 3600 } as const;

/**
 * Resolves a `kid` from a remote JWKS with caching (stale-while-revalidate):
 * - a known kid of a fresh set costs nothing;
 * - a known kid of a set older than `ttlMs` is answered at once while one
 *   background fetch refreshes the set; if identity is unreachable the old
 *   set keeps serving, up to `maxStaleMs` after its last successful fetch;
 * - an unknown kid (key rotation) waits for one fetch, rate-limited;
 * - past `maxStaleMs`, or before the first fetch, a kid waits for a fetch,
 *   and without one it is unknown (the token is refused). Fetches, failed
 *   ones included, are at most one per `minRefetchIntervalMs`, so an outage
 *   costs identity one request per interval per verifier, not one per token.
 */
export function jwksKeyResolver(options: JwksResolverOptions): KeyResolver {
  const ttl = options.ttlMs ?? JWKS_DEFAULTS.ttlSeconds * 1000;
  const maxStale = Math.max(ttl, options.maxStaleMs ?? JWKS_DEFAULTS.maxStaleSeconds * 1000);
  const minInterval = options.minRefetchIntervalMs ?? 10_000;
  const doFetch = options.fetch ?? fetch;
  let keys = new Map<string, KeyObject>();
  let fetchedAt = 0;
  let attemptedAt = 0;
  let inflight: Promise<void> | null = null;

  const refresh = (): Promise<void> => {
    inflight ??= (async () => {
      attemptedAt = Date.now();
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
      } catch (error) {
        options.onFetchError?.(error);
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  };
  const mayFetch = () => Date.now() - attemptedAt >= minInterval;

  return async (kid) => {
    const age = Date.now() - fetchedAt;
    if (keys.has(kid) && age <= maxStale) {
      // Served now; refreshed behind the answer, at most once per interval.
      if (age > ttl && mayFetch()) void refresh();
    } else if (inflight || mayFetch()) {
      await refresh();
    }
    const key = Date.now() - fetchedAt <= maxStale ? keys.get(kid) : undefined;
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
