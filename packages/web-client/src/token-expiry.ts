import type { Session } from './session';

/**
 * Refresh this long before the access token expires: covers clock skew
 * between browser and gateway and the time a request spends in flight, so a
 * token is never sent seconds before the gateway would refuse it.
 */
export const REFRESH_MARGIN_MS = 60_000;

/** What to do with the stored session before sending a request. */
export type TokenDecision = 'use' | 'refresh' | 'sign-out';

/**
 * `use` the access token while it has more than `marginMs` left; `refresh`
 * when it is (nearly) expired or was refused, as long as the refresh token is
 * still valid; `sign-out` when neither token can be used.
 */
export function tokenDecision(
  session: Session,
  now: number,
  options: { marginMs?: number; refused?: boolean } = {},
): TokenDecision {
  const accessExpiry = Date.parse(session.accessTokenExpiresAt);
  const refreshExpiry = Date.parse(session.refreshTokenExpiresAt);
  const usable =
    !options.refused &&
    Number.isFinite(accessExpiry) &&
    accessExpiry - now > (options.marginMs ?? REFRESH_MARGIN_MS);
  if (usable) return 'use';
  // An unparsable refresh expiry is trusted: the gateway has the last word.
  if (!Number.isFinite(refreshExpiry) || refreshExpiry > now) return 'refresh';
  return 'sign-out';
}
