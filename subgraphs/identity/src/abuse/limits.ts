/**
 * Attempt limits per fixed window (decisions 14 and 33). Failed attempts
 * count for logins and codes (a user signing in often is not an attack);
 * every request counts for resets and registrations, which send email.
 *
 * Password sign-in is limited three ways, so that guessing stays bounded
 * without letting a stranger lock the real user out by email alone:
 * - per (account, IP), strictly: one place gets a few guesses at one account;
 * - per IP: one place cannot spray many accounts;
 * - per account, from places the account has never signed in from, in two
 *   windows (a burst per 15 minutes, a ceiling per day): many places together
 *   get a bounded number of guesses a day. A place the account signed in from
 *   before (a known source) is not held back by these two, so the real user
 *   at home still signs in while strangers hammer the account.
 */
export interface Limit {
  readonly name: string;
  readonly max: number;
  readonly windowSeconds: number;
}

export const LIMITS = {
  loginPerAccountAndIp: { name: 'login:account-ip', max: 5, windowSeconds: 15 * 60 },
  loginPerIp: { name: 'login:ip', max: 50, windowSeconds: 15 * 60 },
  loginPerAccountFromStrangers: { name: 'login:account', max: 20, windowSeconds: 15 * 60 },
  loginPerAccountFromStrangersDaily: { name: 'login:account-day', max: 100, windowSeconds: 24 * 3600 },
  twoFactorPerAccount: { name: '2fa:account', max: 5, windowSeconds: 15 * 60 },
  twoFactorPerIp: { name: '2fa:ip', max: 50, windowSeconds: 15 * 60 },
  resetPerAccount: { name: 'reset:account', max: 3, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'reset:ip', max: 20, windowSeconds: 60 * 60 },
  registerPerIp: { name: 'register:ip', max: 30, windowSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;

/** Wrong codes one two-factor challenge survives; the next wrong one ends it (sign in again). */
export const TWO_FACTOR_CHALLENGE_MAX_FAILURES = 3;

/** How long a successful sign-in makes its IP a known source for that account. */
export const KNOWN_SOURCE_DAYS = 30;
