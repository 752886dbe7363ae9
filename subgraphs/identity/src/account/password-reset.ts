import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { consumeOneTimeToken, issueOneTimeToken } from '../auth/one-time-tokens';
import { checkPasswordStrength, hashPassword } from '../auth/passwords';
import { appUrl, enqueueMail } from '../mail/mailer';
import { User } from '../user/user.entity';
import { endEverythingOfOldPassword } from './account-changes';
import { normalizeEmail } from './email';

const RESET_TTL_SECONDS = 3600;

/** Emails a reset link when the account exists; answers true either way. */
export async function requestPasswordReset(ctx: Context, rawEmail: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail, ['email']);
  await new RateLimiter(ctx.em).consume([
    [LIMITS.resetPerAccount, email],
    ...(ctx.clientIp ? [[LIMITS.resetPerIp, ctx.clientIp] as [typeof LIMITS.resetPerIp, string]] : []),
  ]);
  const user = await ctx.em.findOne(User, { email });
  if (user) {
    const { token } = issueOneTimeToken(ctx.em, user.id, 'RESET_PASSWORD', RESET_TTL_SECONDS);
    enqueueMail(ctx.em, {
      to: email,
      subject: 'Reset your password',
      body: `Someone asked to reset the password of your Telemed account.\nReset it: ${appUrl()}/reset-password?token=${token}\nReset token: ${token}\nThe link expires in one hour. If it was not you, ignore this email.`,
    });
    await ctx.em.flush();
  }
  return true;
}

/**
 * Sets a new password and ends everything of the old one: every refresh
 * family, every other reset link (an older mail in a leaked inbox must not
 * reset it again), pending challenges and email changes.
 */
export async function resetPassword(ctx: Context, token: string, newPassword: string): Promise<boolean> {
  checkPasswordStrength(newPassword, ['newPassword']);
  const userId = await consumeOneTimeToken(ctx.em, token, 'RESET_PASSWORD');
  if (!userId) throw new BadUserInputError('The reset link is invalid or has expired', ['token']);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  user.passwordHash = await hashPassword(newPassword);
  // Following the emailed link proved the address.
  user.emailVerifiedAt ??= new Date();
  await endEverythingOfOldPassword(ctx, user);
  recordAccountEvent(ctx.em, { action: 'PASSWORD_RESET', actor: { userId, roles: [user.role] }, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return true;
}
