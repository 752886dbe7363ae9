import type { Context } from '../context';
import { isKnownSource } from '../abuse/known-sources';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { verifyPassword } from '../auth/passwords';
import type { User } from '../user/user.entity';

/** The caller's IP as the gateway saw it; one shared bucket for the rare caller without one (service calls). */
export function clientIpOf(ctx: Context): string {
  return ctx.clientIp ?? 'unknown';
}

/**
 * Checks a password for `email` (whose account is `user`, or null when there
 * is none) under the sign-in limits (decision 33): the attempt is counted
 * before argon2 runs, so concurrent guesses cannot slip past the limit, and
 * given back when the password is right. Places the account signed in from
 * before are exempt from the per-account limits on strangers, so a stranger
 * hammering the account does not lock its owner out.
 *
 * Both cases do the same work in the same order (the known-source lookup,
 * the counters, one argon2 verification: of a decoy hash when there is no
 * account), so neither the answer nor its timing says whether `email` exists.
 */
export async function checkPasswordLimited(ctx: Context, email: string, user: User | null, password: string): Promise<boolean> {
  const ip = clientIpOf(ctx);
  const known = await isKnownSource(ctx.em, email, ip);
  const reservation = await new RateLimiter(ctx.em).reserve([
    [LIMITS.loginPerIp, ip],
    [LIMITS.loginPerAccountAndIp, `${email}\n${ip}`],
    ...(known
      ? []
      : ([
          [LIMITS.loginPerAccountFromStrangers, email],
          [LIMITS.loginPerAccountFromStrangersDaily, email],
        ] as const)),
  ]);
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (valid && user) await reservation.release();
  return valid && user !== null;
}
