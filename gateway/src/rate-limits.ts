import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { clientIpOf, ipBucket } from '@telemed/rate-limit/client-ip';
import { apiKeyQuotaCounters, type CounterStore, type Decision, type WindowLimit } from '@telemed/rate-limit/fixed-window';
import type { Logger } from '@telemed/observability/logger';
import type { Authenticated } from './caller-authentication';
import { counterStoreFromEnv } from '@telemed/rate-limit/store-from-env';
import { readRateLimitSettings, type RateLimitSettings } from './rate-limit-settings';

/** A partner API key's allowance, set when an admin created the key. */
export interface ApiKeyQuota {
  readonly perMinute: number;
  readonly perDay: number;
}

/**
 * The gateway's fair-share rules, applied once the caller is known and before
 * Apollo parses anything (so before any subgraph is called):
 *
 * - a partner (API key) counts against its key's quota, per minute and per day;
 * - any other signed-in caller against `userPerMinute`, per user;
 * - an anonymous caller against `anonymousPerMinute`, per client IP
 *   (`clientIpOf`: `X-Forwarded-For` only from `TRUSTED_PROXIES`).
 *
 * Signed-in people are not counted per IP: a clinic's staff share one address.
 */
export interface RateLimits {
  /** The client IP of `req` by the platform's one rule. */
  clientIp(req: IncomingMessage): string | null;
  /** Counts the request; throws TOO_MANY_REQUESTS (HTTP 429, `Retry-After`) when over a limit. */
  admit(clientIp: string | null, authenticated: Authenticated, log: Logger): Promise<void>;
  /** Counts one look-up of an API key at identity for `clientIp`; throws TOO_MANY_REQUESTS when over. */
  admitKeyLookup(clientIp: string | null): Promise<void>;
}

const MINUTE = 60;

export function createRateLimits(store: CounterStore, settings: RateLimitSettings): RateLimits {
  const perIp = (scope: string, clientIp: string | null, limit: number): WindowLimit => ({
    // No address (the socket closed): one shared bucket, never an unlimited one.
    key: `${scope}:${clientIp ? ipBucket(clientIp) : 'unknown'}`,
    limit,
    windowSeconds: MINUTE,
  });
  return {
    clientIp: (req) => clientIpOf(req, settings.trustedProxies),
    async admit(clientIp, authenticated, log) {
      const limits = limitsFor(clientIp, authenticated);
      const decision = await store.consume(limits);
      if (decision.allowed) return;
      log.warn({ limit: decision.key, clientIp, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limit refused a request');
      throw tooManyRequests(decision);
    },
    async admitKeyLookup(clientIp) {
      const decision = await store.consume([perIp('key-lookup', clientIp, settings.keyLookupsPerMinute)]);
      if (!decision.allowed) throw tooManyRequests(decision);
    },
  };

  function limitsFor(clientIp: string | null, { caller, quota }: Authenticated): WindowLimit[] {
    if (!caller) return [perIp('ip', clientIp, settings.anonymousPerMinute)];
    if (quota) {
      const counters = apiKeyQuotaCounters(caller.userId);
      // The day first: when both are spent, Retry-After names the longer wait, the true one.
      return [
        { ...counters.day, limit: quota.perDay },
        { ...counters.minute, limit: quota.perMinute },
      ];
    }
    return [{ key: `user:${caller.userId}`, limit: settings.userPerMinute, windowSeconds: MINUTE }];
  }
}

/** TOO_MANY_REQUESTS as the caller sees it: HTTP 429, `Retry-After`, and `extensions.retryAfterSeconds`. */
export function tooManyRequests(decision: Extract<Decision, { allowed: false }>): GraphQLError {
  const seconds = decision.retryAfterSeconds;
  const error = new GraphQLError(`Too many requests; try again in ${seconds} s`, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: seconds },
  });
  // Apollo takes status and headers from `extensions.http` (headers as a Map);
  // graphql-yoga's typings, in the tree for the benchmark, declare a plain object there.
  Object.assign(error.extensions, { http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } });
  return error;
}

/**
 * The gateway's rate limits as configured: counters in Redis when `REDIS_URL`
 * is set (shared by every replica), else in this replica's memory.
 */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv, logger: Logger): RateLimits & { readonly close: () => Promise<void> } {
  const settings = readRateLimitSettings(env);
  const store = counterStoreFromEnv(env, logger.child({ component: 'rate-limits' }));
  logger.info(
    { store: store.scope === 'shared' ? 'redis' : 'replica memory', trustedProxies: settings.trustedProxies.description },
    'rate limits',
  );
  return { ...createRateLimits(store, settings), close: () => store.close() };
}
