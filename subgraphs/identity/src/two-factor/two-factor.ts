import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { requireCurrentPassword } from '../account/reauthentication';
import { LIMITS } from '../abuse/limits';
import { RateLimiter } from '../abuse/rate-limiter';
import { recordAccountEvent } from '../audit/audit-log';
import { hashToken } from '../auth/opaque-token';
import { User } from '../user/user.entity';
import { RecoveryCode } from './recovery-code.entity';
import { identityDataBox } from './secret-box';
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from './totp';

const RECOVERY_CODES = 10;
const secrets = identityDataBox;

/** Recovery codes are compared without dashes or case, as people type them. */
function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/**
 * Checks a second factor for `user`: a TOTP code (not one already used) or
 * an unused recovery code, which is then used up. Changes are left in `em`
 * for the caller to flush.
 */
export async function checkSecondFactor(em: EntityManager, user: User, code: string): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = matchTotp(secrets().open(user.totpSecret), code.trim(), user.totpLastStep);
  if (step !== null) {
    user.totpLastStep = step;
    await em.flush();
    return true;
  }
  const used = await em.getConnection().execute<{ id: string }[]>(
    `update recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null returning id`,
    [user.id, hashToken(normalizeRecoveryCode(code))],
  );
  return used.length > 0;
}

/**
 * Starts TOTP enrolment, given the current password: whoever holds only a
 * stolen access token must not be able to put their own authenticator on
 * the account and lock its owner out.
 */
export async function beginEnrolment(ctx: Context, userId: string, currentPassword: string): Promise<{ secret: string; otpauthUri: string }> {
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  if (user.totpSecret) throw new ConflictError('Two-factor authentication is already enabled');
  await requireCurrentPassword(ctx, user, currentPassword);
  const secret = newTotpSecret();
  user.totpPendingSecret = secrets().seal(secret);
  await ctx.em.flush();
  return { secret, otpauthUri: otpauthUri(secret, user.email) };
}

export async function confirmEnrolment(ctx: Context, userId: string, code: string): Promise<{ codes: string[] }> {
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  if (!user.totpPendingSecret) throw new ConflictError('Start enrolment first (beginTwoFactorEnrolment)');
  // Counted before the check, atomically (decision 33).
  const reservation = await new RateLimiter(ctx.em).reserve([[LIMITS.twoFactorPerAccount, userId]]);
  const step = matchTotp(secrets().open(user.totpPendingSecret), code.trim(), null);
  if (step === null) throw new BadUserInputError('The code is not valid', ['code']);
  await reservation.release();
  user.totpSecret = user.totpPendingSecret;
  user.totpPendingSecret = null;
  user.totpLastStep = step;
  await ctx.em.nativeDelete(RecoveryCode, { userId });
  const codes = Array.from({ length: RECOVERY_CODES }, () => base32Encode(randomBytes(10)).match(/.{4}/g)!.join('-'));
  for (const plain of codes) {
    ctx.em.persist(Object.assign(new RecoveryCode(), { id: randomUUID(), userId, codeHash: hashToken(normalizeRecoveryCode(plain)), usedAt: null, createdAt: new Date() }));
  }
  recordAccountEvent(ctx.em, { action: 'TWO_FACTOR_ENABLED', actor: ctx.caller, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return { codes };
}

export async function disable(ctx: Context, userId: string, code: string): Promise<boolean> {
  const user = await ctx.em.findOneOrFail(User, { id: userId });
  if (!user.totpSecret) throw new ConflictError('Two-factor authentication is not enabled');
  const reservation = await new RateLimiter(ctx.em).reserve([[LIMITS.twoFactorPerAccount, userId]]);
  if (!(await checkSecondFactor(ctx.em, user, code))) throw new BadUserInputError('The code is not valid', ['code']);
  await reservation.release();
  user.totpSecret = null;
  user.totpLastStep = null;
  await ctx.em.nativeDelete(RecoveryCode, { userId });
  recordAccountEvent(ctx.em, { action: 'TWO_FACTOR_DISABLED', actor: ctx.caller, entityType: 'User', entityIds: [userId], correlationId: ctx.correlationId });
  await ctx.em.flush();
  return true;
}
