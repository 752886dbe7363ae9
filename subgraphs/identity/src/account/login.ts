import { ForbiddenError, UnauthenticatedError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { consumeOneTimeToken, issueOneTimeToken, peekOneTimeToken } from '../auth/one-time-tokens';
import { verifyPassword } from '../auth/passwords';
import { familyOf, revokeFamily, rotateRefreshToken } from '../auth/refresh-tokens';
import { issueSession, type SessionModel } from '../auth/sessions';
import { checkSecondFactor } from '../two-factor/two-factor';
import { User } from '../user/user.entity';
import { normalizeEmail } from './email';

const CHALLENGE_TTL_SECONDS = 5 * 60;

export interface LoginPayloadModel {
  readonly session: SessionModel | null;
  readonly twoFactorChallenge: { challengeToken: string; expiresAt: Date } | null;
}

/**
 * Password sign-in. An unknown email and a wrong password get the same error
 * after the same work (a decoy hash is verified), and both count against the
 * per-account and per-IP limits, so the answer never tells whether an
 * account exists.
 */
export async function login(ctx: Context, rawEmail: string, password: string): Promise<LoginPayloadModel> {
  const email = normalizeEmail(rawEmail, ['email']);
  const limiter = new RateLimiter(ctx.em);
  await limiter.check(LIMITS.loginPerAccount, email);
  if (ctx.clientIp) await limiter.check(LIMITS.loginPerIp, ctx.clientIp);
  const user = await ctx.em.findOne(User, { email });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    await limiter.hit(LIMITS.loginPerAccount, email);
    if (ctx.clientIp) await limiter.hit(LIMITS.loginPerIp, ctx.clientIp);
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
  recordAccountEvent(ctx.em, { action: 'SIGN_IN', actor: { userId: user.id, roles: [user.role] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  return { session: await issueSession(ctx, user), twoFactorChallenge: null };
}

/** Second step of a sign-in: a TOTP code or a recovery code for the challenge `login` handed out. */
export async function verifyTwoFactor(ctx: Context, challengeToken: string, code: string): Promise<SessionModel> {
  const userId = await peekOneTimeToken(ctx.em, challengeToken, 'TWO_FACTOR_CHALLENGE');
  if (!userId) throw new UnauthenticatedError('The sign-in challenge is invalid or has expired; sign in again');
  const limiter = new RateLimiter(ctx.em);
  await limiter.check(LIMITS.twoFactorPerAccount, userId);
  if (ctx.clientIp) await limiter.check(LIMITS.twoFactorPerIp, ctx.clientIp);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  if (!(await checkSecondFactor(ctx.em, user, code))) {
    await limiter.hit(LIMITS.twoFactorPerAccount, userId);
    if (ctx.clientIp) await limiter.hit(LIMITS.twoFactorPerIp, ctx.clientIp);
    recordAccountEvent(ctx.em, { action: 'SIGN_IN_FAILED', actor: null, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
    await ctx.em.flush();
    throw new UnauthenticatedError('The code is not valid');
  }
  if (!(await consumeOneTimeToken(ctx.em, challengeToken, 'TWO_FACTOR_CHALLENGE'))) {
    throw new UnauthenticatedError('The sign-in challenge is invalid or has expired; sign in again');
  }
  recordAccountEvent(ctx.em, { action: 'SIGN_IN', actor: { userId: user.id, roles: [user.role] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  return issueSession(ctx, user);
}

/**
 * Rotates a refresh token. A token presented a second time means two parties
 * hold it (one of them a thief): the whole family is revoked, so both must
 * sign in again, and the event is audited.
 */
export async function refreshSession(ctx: Context, refreshToken: string): Promise<SessionModel> {
  const rotation = await rotateRefreshToken(ctx.em, refreshToken);
  if (rotation.kind === 'invalid') throw new UnauthenticatedError('Refresh token is invalid or expired');
  if (rotation.kind === 'reused') {
    await revokeFamily(ctx.em, rotation.familyId);
    recordAccountEvent(ctx.em, { action: 'REFRESH_TOKEN_REUSE', actor: null, entityType: 'User', entityIds: [rotation.userId], correlationId: ctx.correlationId });
    await ctx.em.flush();
    ctx.logger.warn({ userId: rotation.userId, familyId: rotation.familyId }, 'refresh token reuse; session family revoked');
    throw new UnauthenticatedError('Refresh token was already used; the session has been ended, sign in again');
  }
  const user = await ctx.em.findOneOrFail(User, { id: rotation.userId });
  return issueSession(ctx, user, rotation.familyId);
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
