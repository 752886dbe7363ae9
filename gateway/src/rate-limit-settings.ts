import { parseTrustedProxies, type TrustedProxies } from '@telemed/rate-limit/client-ip';
import { positiveInt } from './settings';

/**
 * Who may send how much, read once at start-up. Partners' quotas are not
 * here: each API key carries its own (set when an admin creates it).
 */
export interface RateLimitSettings {
  /** Proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`, addresses and CIDR ranges; default none). */
  readonly trustedProxies: TrustedProxies;
  /** Requests per minute per client IP from callers without credentials (`RATE_LIMIT_ANONYMOUS_PER_MINUTE`, default 300). */
  readonly anonymousPerMinute: number;
  /** Requests per minute per signed-in user, whatever their address (`RATE_LIMIT_USER_PER_MINUTE`, default 600). */
  readonly userPerMinute: number;
  /**
   * API keys this gateway does not hold a token for, asked of identity, per
   * client IP and minute (`RATE_LIMIT_KEY_LOOKUPS_PER_MINUTE`, default 20):
   * what forged or guessed keys run into.
   */
  readonly keyLookupsPerMinute: number;
}

export function readRateLimitSettings(env: NodeJS.ProcessEnv): RateLimitSettings {
  return {
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    anonymousPerMinute: positiveInt(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 300),
    userPerMinute: positiveInt(env, 'RATE_LIMIT_USER_PER_MINUTE', 600),
    keyLookupsPerMinute: positiveInt(env, 'RATE_LIMIT_KEY_LOOKUPS_PER_MINUTE', 20),
  };
}
