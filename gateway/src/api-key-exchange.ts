import { createHash } from 'node:crypto';
import type { Logger } from '@telemed/observability/logger';
import { ServiceGraphQLError, type ServiceCallError } from '@telemed/service-client/errors';
import type { ServiceClient } from '@telemed/service-client/service-client';

/** Turns a partner's API key into a short-lived PARTNER access token that subgraphs verify like any other. */
export interface ApiKeyExchange {
  /** The access token for `apiKey`, or null when identity does not know the key (or it is revoked). */
  exchange(apiKey: string, correlationId: string): Promise<string | null>;
}

const EXCHANGE = /* GraphQL */ `
  mutation ExchangeApiKey($key: String!) {
    exchangeApiKey(key: $key) { accessToken expiresAt }
  }
`;

/**
 * Asks identity (through the service client, as the gateway) and caches the
 * answer per key for at most `cacheMs`, so a revoked key stops working within
 * that time and a busy partner costs identity one call a minute, not one per request.
 */
export function createApiKeyExchange(services: ServiceClient, logger: Logger, cacheMs = 60_000): ApiKeyExchange {
  const cache = new Map<string, { token: string | null; until: number }>();
  return {
    async exchange(apiKey, correlationId) {
      if (apiKey.length > 200) return null;
      // Never keep the secret itself in memory longer than the request.
      const cacheKey = createHash('sha256').update(apiKey).digest('base64url');
      const cached = cache.get(cacheKey);
      if (cached && cached.until > Date.now()) return cached.token;
      let token: string | null;
      let until: number;
      try {
        const data = await services.request<{ exchangeApiKey: { accessToken: string; expiresAt: string } | null }>('identity', {
          query: EXCHANGE,
          variables: { key: apiKey },
          correlationId,
          // Exchanging a key only signs a token; doing it twice is harmless.
          idempotent: true,
        });
        token = data.exchangeApiKey?.accessToken ?? null;
        const expiresAt = data.exchangeApiKey ? Date.parse(data.exchangeApiKey.expiresAt) : Infinity;
        until = Math.min(Date.now() + cacheMs, expiresAt - 30_000);
      } catch (error) {
        if (!(error instanceof ServiceGraphQLError)) {
          logger.warn({ err: error as ServiceCallError, correlationId }, 'API key exchange failed');
          throw error;
        }
        token = null;
        until = Date.now() + 5_000;
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(cacheKey, { token, until });
      return token;
    },
  };
}
