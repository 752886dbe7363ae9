import { randomUUID } from 'node:crypto';
import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { consumeOneTimeToken, issueOneTimeToken } from '../auth/one-time-tokens';
import { checkPasswordStrength, hashPassword } from '../auth/passwords';
import { appUrl, enqueueMail } from '../mail/mailer';
import { Patient } from '../patient/patient.entity';
import { User } from '../user/user.entity';
import { normalizeEmail } from './email';

const VERIFY_TTL_SECONDS = 24 * 3600;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface RegisterInput {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly dateOfBirth?: string | null;
}

/**
 * Creates a PATIENT account and its patient record, and emails a verification
 * link. A taken email gets the same answer, and its owner an email saying so,
 * so registration cannot be used to find out who has an account.
 */
export async function register(ctx: Context, input: RegisterInput): Promise<{ accepted: boolean }> {
  const email = normalizeEmail(input.email, ['input', 'email']);
  checkPasswordStrength(input.password, ['input', 'password']);
  const name = input.name.trim();
  if (!name || name.length > 200) throw new BadUserInputError('Name must be 1 to 200 characters', ['input', 'name']);
  if (input.dateOfBirth && (!DATE.test(input.dateOfBirth) || Number.isNaN(Date.parse(input.dateOfBirth)))) {
    throw new BadUserInputError('Date of birth must be YYYY-MM-DD', ['input', 'dateOfBirth']);
  }
  if (ctx.clientIp) await new RateLimiter(ctx.em).consume([[LIMITS.registerPerIp, ctx.clientIp]]);
  // Hash first either way, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await ctx.em.findOne(User, { email });
  if (existing) {
    enqueueMail(ctx.em, {
      to: email,
      subject: 'Someone tried to register with your email',
      body: `Someone tried to create a Telemed account with this address, which already has one.\nIf it was you, sign in or reset your password at ${appUrl()}/reset-password.`,
    });
    await ctx.em.flush();
    return { accepted: true };
  }
  const user = Object.assign(new User(), { id: randomUUID(), email, role: 'PATIENT' as const, passwordHash, createdAt: new Date() });
  ctx.em.persist(user);
  ctx.em.persist(Object.assign(new Patient(), { id: randomUUID(), userId: user.id, name, dateOfBirth: input.dateOfBirth ?? null, createdAt: new Date() }));
  const { token } = issueOneTimeToken(ctx.em, user.id, 'VERIFY_EMAIL', VERIFY_TTL_SECONDS);
  enqueueMail(ctx.em, {
    to: email,
    subject: 'Verify your email address',
    body: `Welcome to Telemed.\nConfirm your email address: ${appUrl()}/verify-email?token=${token}\nVerification token: ${token}\nThe link expires in 24 hours.`,
  });
  recordAccountEvent(ctx.em, { action: 'REGISTER', actor: { userId: user.id, roles: ['PATIENT'] }, entityType: 'User', entityIds: [user.id], correlationId: ctx.correlationId });
  try {
    await ctx.em.flush();
  } catch (error) {
    // A concurrent registration of the same email won the unique index: same answer as above.
    if ((error as { code?: string }).code === '23505') return { accepted: true };
    throw error;
  }
  return { accepted: true };
}

export async function verifyEmail(ctx: Context, token: string): Promise<boolean> {
  const userId = await consumeOneTimeToken(ctx.em, token, 'VERIFY_EMAIL');
  if (!userId) throw new BadUserInputError('The verification link is invalid or has expired', ['token']);
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  user.emailVerifiedAt ??= new Date();
  recordAccountEvent(ctx.em, { action: 'EMAIL_VERIFIED', actor: { userId, roles: [user.role] }, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return true;
}
