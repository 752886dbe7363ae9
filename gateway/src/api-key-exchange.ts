import { createHash } from 'node:crypto';
import type { Logger } from '@telemed/observability/logger';
import { ServiceGraphQLError, type ServiceCallError } from '@telemed/service-client/errors';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { ApiKeyQuota } from './rate-limits';

/** What a live API key was exchanged for: a PARTNER access token and the key's quota. */
export interface ExchangedApiKey {
  readonly token: string;
  readonly quota: ApiKeyQuota;
}

/** Turns a partner's API key into a short-lived PARTNER access token that subgraphs verify like any other. */
export interface ApiKeyExchange {
  /**
   * The token and quota for `apiKey`, or null when identity does not know the
   * key (or it is revoked). A key this gateway holds no live token for costs
   * `beforeLookup` first (the per-IP throttle of unknown keys), which may throw.
   */
  exchange(apiKey: string, correlationId: string, beforeLookup?: () => Promise<void>): Promise<ExchangedApiKey | null>;
}

/** Asks identity about one key; null when the key is unknown or revoked. */
export type ApiKeyLookup = (apiKey: string, correlationId: string) => Promise<{ exchanged: ExchangedApiKey; expiresAt: number } | null>;

const EXCHANGE = /* GraphQL */ `
  mutation ExchangeApiKey($key: String!) {
    exchangeApiKey(key: $key) { accessToken expiresAt quota { perMinute perDay } }
  }
`;

/** Identity's `exchangeApiKey`, through the service client (as the gateway). */
export function identityApiKeyLookup(services: ServiceClient, logger: Logger): ApiKeyLookup {
  return async (apiKey, correlationId) => {
    try {
      const data = await services.request<{
        exchangeApiKey: { accessToken: string; expiresAt: string; quota: ApiKeyQuota } | null;
      }>('identity', {
        query: EXCHANGE,
        variables: { key: apiKey },
        correlationId,
        // Exchanging a key only signs a token; doing it twice is harmless.
        idempotent: true,
      });
      const answer = data.exchangeApiKey;
      if (!answer) return null;
      return { exchanged: { token: answer.accessToken, quota: answer.quota }, expiresAt: Date.parse(answer.expiresAt) };
    } catch (error) {
      // A GraphQL refusal (e.g. a malformed key) is "unknown"; identity being down is not.
      if (error instanceof ServiceGraphQLError) return null;
      logger.warn({ err: error as ServiceCallError, correlationId }, 'API key exchange failed');
      throw error;
    }
  };
}

export interface ApiKeyExchangeOptions {
  /** How long an answer for a live key is kept (default 60 s): a revoked key stops working within it. */
  readonly cacheMs?: number;
  /** How long "unknown key" is remembered (default 5 s). */
  readonly unknownCacheMs?: number;
  /** Most unknown keys remembered at once (default 10,000); a flood of forged keys only ever evicts other forged keys. */
  readonly maxUnknown?: number;
}

/**
 * Caches identity's answers per key hash: live keys for at most `cacheMs` (so
 * a busy partner costs identity one call a minute), unknown keys briefly.
 * The two are kept apart: live keys are few (admins create them) and their
 * entries are dropped only when they expire, so no number of forged keys can
 * push a real partner's token out and make every request of it a look-up.
 */
export function createApiKeyExchange(lookup: ApiKeyLookup, options: ApiKeyExchangeOptions = {}): ApiKeyExchange & {
  readonly sizes: () => { live: number; unknown: number };
} {
  const cacheMs = options.cacheMs ?? 60_000;
  const unknownCacheMs = options.unknownCacheMs ?? 5_000;
  const maxUnknown = options.maxUnknown ?? 10_000;
  const live = new Map<string, { exchanged: ExchangedApiKey; until: number }>();
  const unknown = new Map<string, number>();
  let nextSweep = 0;

  const sweep = (now: number) => {
    if (now < nextSweep) return;
    nextSweep = now + cacheMs;
    for (const [key, entry] of live) if (entry.until <= now) live.delete(key);
  };

  return {
    async exchange(apiKey, correlationId, beforeLookup) {
      if (apiKey.length > 200) return null;
      // Never keep the secret itself in memory longer than the request.
      const cacheKey = createHash('sha256').update(apiKey).digest('base64url');
      const now = Date.now();
      sweep(now);
      const cached = live.get(cacheKey);
      if (cached && cached.until > now) return cached.exchanged;
      // Every request with a key that is not live here counts, remembered unknown ones too.
      await beforeLookup?.();
      const unknownUntil = unknown.get(cacheKey);
      if (unknownUntil !== undefined && unknownUntil > now) return null;
      const answer = await lookup(apiKey, correlationId);
      if (!answer) {
        unknown.delete(cacheKey);
        // Oldest first: a Map iterates in insertion order.
        for (const key of unknown.keys()) {
          if (unknown.size < maxUnknown) break;
          unknown.delete(key);
        }
        unknown.set(cacheKey, Date.now() + unknownCacheMs);
        return null;
      }
      live.set(cacheKey, { exchanged: answer.exchanged, until: Math.min(Date.now() + cacheMs, answer.expiresAt - 30_000) });
      return answer.exchanged;
    },
    sizes: () => ({ live: live.size, unknown: unknown.size }),
  };
}
