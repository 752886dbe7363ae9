import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { consumeEmailChangeToken, issueOneTimeToken, revokeOneTimeTokens } from '../auth/one-time-tokens';
import { checkPasswordStrength, hashPassword } from '../auth/passwords';
import { revokeAllSessions } from '../auth/refresh-tokens';
import { issueSession, type SessionModel } from '../auth/sessions';
import { appUrl, enqueueMail } from '../mail/mailer';
import { User } from '../user/user.entity';
import { normalizeEmail } from './email';
import { requireCurrentPassword } from './reauthentication';

const EMAIL_CHANGE_TTL_SECONDS = 24 * 3600;

/**
 * Everything a new password makes worthless: every refresh-token family
 * (every signed-in device), every unused reset link, two-factor challenge
 * (issued for the old password) and pending email change, and the per-account
 * sign-in counters (the guessing they limited was of the old password).
 * Access tokens already issued run out on their own (15 minutes).
 */
export async function endEverythingOfOldPassword(ctx: Context, user: User): Promise<void> {
  await revokeAllSessions(ctx.em, user.id);
  await revokeOneTimeTokens(ctx.em, user.id, ['RESET_PASSWORD', 'TWO_FACTOR_CHALLENGE', 'CHANGE_EMAIL']);
  const limiter = new RateLimiter(ctx.em);
  await limiter.forget(LIMITS.loginPerAccountFromStrangers, user.email);
  await limiter.forget(LIMITS.loginPerAccountFromStrangersDaily, user.email);
}

/**
 * A new password for the signed-in user, given the current one. Signs the
 * account out everywhere (see `endEverythingOfOldPassword`) and answers a
 * new session for the device that made the change.
 */
export async function changePassword(ctx: Context, userId: string, currentPassword: string, newPassword: string): Promise<SessionModel> {
  checkPasswordStrength(newPassword, ['newPassword']);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  await requireCurrentPassword(ctx, user, currentPassword);
  user.passwordHash = await hashPassword(newPassword);
  await endEverythingOfOldPassword(ctx, user);
  recordAccountEvent(ctx.em, { action: 'PASSWORD_CHANGED', actor: { userId, roles: [user.role] }, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  enqueueMail(ctx.em, {
    to: user.email,
    subject: 'Your password was changed',
    body: `The password of your Telemed account was changed and every other device was signed out.\nIf it was not you, reset your password now: ${appUrl()}/reset-password`,
  });
  return issueSession(ctx, user);
}

/**
 * Starts moving the signed-in user's account to `rawNewEmail`, given the
 * current password. Nothing changes until the link sent to the new address
 * is followed (`confirmEmailChange`): the new address must prove it is the
 * user's, or a typo would hand the account (and its password resets) to a
 * stranger. The old address is told. A taken address answers the same
 * (its owner gets a notice instead of a link), so this reveals no accounts.
 */
export async function changeEmail(ctx: Context, userId: string, currentPassword: string, rawNewEmail: string): Promise<boolean> {
  const newEmail = normalizeEmail(rawNewEmail, ['newEmail']);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  await requireCurrentPassword(ctx, user, currentPassword);
  if (newEmail === user.email) throw new BadUserInputError('That is already the email address of this account', ['newEmail']);
  // It sends email: every request counts, like a reset.
  await new RateLimiter(ctx.em).consume([[LIMITS.resetPerAccount, `change:${user.id}`]]);
  const taken = await ctx.em.findOne(User, { email: newEmail });
  if (taken) {
    enqueueMail(ctx.em, {
      to: newEmail,
      subject: 'Someone tried to move an account to your email',
      body: `Someone asked to move another Telemed account to this address, which already has one. Nothing was changed.`,
    });
  } else {
    await revokeOneTimeTokens(ctx.em, user.id, ['CHANGE_EMAIL']);
    const { token } = issueOneTimeToken(ctx.em, user.id, 'CHANGE_EMAIL', EMAIL_CHANGE_TTL_SECONDS, newEmail);
    enqueueMail(ctx.em, {
      to: newEmail,
      subject: 'Confirm your new email address',
      body: `Confirm that this address should become the sign-in email of your Telemed account: ${appUrl()}/confirm-email?token=${token}\nEmail change token: ${token}\nThe link expires in 24 hours.`,
    });
  }
  enqueueMail(ctx.em, {
    to: user.email,
    subject: 'Your sign-in email is being changed',
    body: `Someone signed in to your Telemed account asked to change its email address. It changes only once the new address is confirmed.\nIf it was not you, reset your password now: ${appUrl()}/reset-password`,
  });
  recordAccountEvent(ctx.em, { action: 'EMAIL_CHANGE_REQUESTED', actor: { userId, roles: [user.role] }, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return true;
}

/** Follows an email change link: the account signs in with the new address from now on. */
export async function confirmEmailChange(ctx: Context, token: string): Promise<boolean> {
  const change = await consumeEmailChangeToken(ctx.em, token);
  if (!change) throw new BadUserInputError('The email change link is invalid or has expired', ['token']);
  const user = await ctx.em.findOneOrFail(User, { id: change.userId });
  user.email = change.newEmail;
  user.emailVerifiedAt = new Date();
  recordAccountEvent(ctx.em, { action: 'EMAIL_CHANGED', actor: { userId: user.id, roles: [user.role] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new BadUserInputError('That email address is taken now', ['token']);
    throw error;
  }
  return true;
}
