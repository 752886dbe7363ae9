import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { rememberSource } from '../abuse/known-sources';
import { LIMITS, TWO_FACTOR_CHALLENGE_MAX_FAILURES } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { consumeOneTimeToken, countChallengeAttempt, endChallenge, issueOneTimeToken } from '../auth/one-time-tokens';
import { familyOf, isUnused, lockRefreshToken, markRotated, revokeFamily } from '../auth/refresh-tokens';
import { identitySettings } from '../auth/identity-env';
import { issueSession, mintSession, sessionFromJson, sessionSubject, sessionToJson, type SessionModel } from '../auth/sessions';
import { identityDataBox } from '../two-factor/secret-box';
import { checkSecondFactor } from '../two-factor/two-factor';
import { User } from '../user/user.entity';
import { normalizeEmail } from './email';
import { checkPasswordLimited, clientIpOf } from './password-check';

const CHALLENGE_TTL_SECONDS = 5 * 60;

export interface LoginPayloadModel {
  readonly session: SessionModel | null;
  readonly twoFactorChallenge: { challengeToken: string; expiresAt: Date } | null;
}

/**
 * Password sign-in. An unknown email and a wrong password get the same error
 * after the same work (`checkPasswordLimited`), so the answer never tells
 * whether an account exists.
 */
export async function login(ctx: Context, rawEmail: string, password: string): Promise<LoginPayloadModel> {
  const email = normalizeEmail(rawEmail, ['email']);
  const user = await ctx.em.findOne(User, { email });
  if (!(await checkPasswordLimited(ctx, email, user, password)) || !user) {
    if (user) {
      recordAccountEvent(ctx.em, { action: 'SIGN_IN_FAILED', actor: null, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
      await ctx.em.flush();
    }
    throw new UnauthenticatedError('Email or password is incorrect');
  }
  // Only someone who knows the password learns this.
  if (!user.emailVerifiedAt) throw new ForbiddenError('Verify your email address before signing in');
  if (user.totpSecret) {
    const challenge = issueOneTimeToken(ctx.em, user.id, 'TWO_FACTOR_CHALLENGE', CHALLENGE_TTL_SECONDS);
    await ctx.em.flush();
    return { session: null, twoFactorChallenge: { challengeToken: challenge.token, expiresAt: challenge.expiresAt } };
  }
  await rememberSource(ctx.em, email, clientIpOf(ctx));
  recordAccountEvent(ctx.em, { action: 'SIGN_IN', actor: { userId: user.id, roles: [user.role] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  return { session: await issueSession(ctx, user), twoFactorChallenge: null };
}

/**
 * Second step of a sign-in: a TOTP code or a recovery code for the challenge
 * `login` handed out. The attempt is counted on the challenge and against the
 * account and IP before the code is checked, atomically, so concurrent
 * guesses are held to the limit; a challenge dies after
 * TWO_FACTOR_CHALLENGE_MAX_FAILURES wrong codes.
 */
export async function verifyTwoFactor(ctx: Context, challengeToken: string, code: string): Promise<SessionModel> {
  const attempt = await countChallengeAttempt(ctx.em, challengeToken, TWO_FACTOR_CHALLENGE_MAX_FAILURES);
  if (attempt.kind === 'invalid') throw new UnauthenticatedError('The sign-in challenge is invalid or has expired; sign in again');
  if (attempt.kind === 'exhausted') throw new TooManyRequestsError('Too many wrong codes for this sign-in; sign in again', 1);
  const { userId } = attempt;
  const ip = clientIpOf(ctx);
  const reservation = await new RateLimiter(ctx.em).reserve([
    [LIMITS.twoFactorPerIp, ip],
    [LIMITS.twoFactorPerAccount, userId],
  ]);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  if (!(await checkSecondFactor(ctx.em, user, code))) {
    if (attempt.last) await endChallenge(ctx.em, challengeToken);
    recordAccountEvent(ctx.em, { action: 'SIGN_IN_FAILED', actor: null, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
    await ctx.em.flush();
    throw new UnauthenticatedError('The code is not valid');
  }
  await reservation.release();
  if (!(await consumeOneTimeToken(ctx.em, challengeToken, 'TWO_FACTOR_CHALLENGE'))) {
    throw new UnauthenticatedError('The sign-in challenge is invalid or has expired; sign in again');
  }
  await rememberSource(ctx.em, user.email, ip);
  recordAccountEvent(ctx.em, { action: 'SIGN_IN', actor: { userId: user.id, roles: [user.role] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  return issueSession(ctx, user);
}

type RefreshOutcome =
  | { readonly kind: 'session'; readonly session: SessionModel }
  | { readonly kind: 'reused'; readonly userId: string; readonly familyId: string }
  | { readonly kind: 'invalid' };

/**
 * Rotates a refresh token: in one transaction, with the token's row locked,
 * the token is marked used and its successor stored, so a crash cannot leave
 * a family without a live token, and concurrent refreshes take turns.
 *
 * A token presented again within the grace window
 * (`REFRESH_RETRY_GRACE_SECONDS`; the first answer was lost on the way) gets
 * the same new session back, sealed at rotation, as long as that session's
 * refresh token is unused. Any other second use means two parties hold the
 * token (one of them a thief): the whole family is revoked, so both must sign
 * in again, and the event is audited.
 */
export async function refreshSession(ctx: Context, refreshToken: string): Promise<SessionModel> {
  const known = await familyOf(ctx.em, refreshToken);
  if (!known) throw new UnauthenticatedError('Refresh token is invalid or expired');
  const user = await ctx.em.findOneOrFail(User, { id: known.userId });
  // Claims first: the doctor's id is asked of provider, which should not happen under a row lock.
  const subject = await sessionSubject(ctx, user);
  const graceSeconds = identitySettings().refreshRetryGraceSeconds;
  const box = identityDataBox();
  const outcome = await ctx.em.transactional(async (em): Promise<RefreshOutcome> => {
    const token = await lockRefreshToken(em, refreshToken);
    if (!token || token.expired) return { kind: 'invalid' };
    const reused = { kind: 'reused', userId: token.userId, familyId: token.familyId } as const;
    if (token.revoked) return reused;
    if (token.rotatedSecondsAgo === null) {
      const { session, refreshTokenId } = mintSession(em, user, subject, token.familyId);
      await markRotated(em, token.id, refreshTokenId, box.seal(sessionToJson(session)));
      return { kind: 'session', session };
    }
    const retry =
      token.rotatedSecondsAgo <= graceSeconds && token.successorSealed && token.successorId && (await isUnused(em, token.successorId));
    return retry ? { kind: 'session', session: sessionFromJson(box.open(token.successorSealed!)) } : reused;
  });
  if (outcome.kind === 'invalid') throw new UnauthenticatedError('Refresh token is invalid or expired');
  if (outcome.kind === 'reused') {
    await revokeFamily(ctx.em, outcome.familyId);
    recordAccountEvent(ctx.em, { action: 'REFRESH_TOKEN_REUSE', actor: null, entityType: 'User', entityIds: [outcome.userId], correlationId: ctx.correlationId });
    await ctx.em.flush();
    ctx.logger.warn({ userId: outcome.userId, familyId: outcome.familyId }, 'refresh token reuse; session family revoked');
    throw new UnauthenticatedError('Refresh token was already used; the session has been ended, sign in again');
  }
  return outcome.session;
}

/** Ends the session (family) of a refresh token; true whatever the token, so it reveals nothing. */
export async function logout(ctx: Context, refreshToken: string): Promise<boolean> {
  const token = await familyOf(ctx.em, refreshToken);
  if (!token) return true;
  await revokeFamily(ctx.em, token.familyId);
  recordAccountEvent(ctx.em, { action: 'SIGN_OUT', actor: ctx.caller ?? null, entityType: 'User', entityIds: [token.userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return true;
}
