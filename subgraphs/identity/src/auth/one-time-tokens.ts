import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OneTimeToken, type OneTimePurpose } from './one-time-token.entity';
import { hashToken, newOpaqueToken } from './opaque-token';

const PREFIX: Record<OneTimePurpose, string> = { VERIFY_EMAIL: 'ev', RESET_PASSWORD: 'pr', TWO_FACTOR_CHALLENGE: 'tf', CHANGE_EMAIL: 'ce' };

/** Issues a single-use token for `purpose`, valid for `ttlSeconds`; returns the token (only its hash is stored). */
export function issueOneTimeToken(
  em: EntityManager,
  userId: string,
  purpose: OneTimePurpose,
  ttlSeconds: number,
  newEmail: string | null = null,
): { token: string; expiresAt: Date } {
  const token = newOpaqueToken(PREFIX[purpose]);
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  em.persist(
    Object.assign(new OneTimeToken(), { id: randomUUID(), userId, purpose, tokenHash: hashToken(token), expiresAt, usedAt: null, attempts: 0, newEmail, createdAt: new Date() }),
  );
  return { token, expiresAt };
}

/**
 * Uses up a token: the user id when it is valid for `purpose`, unused and
 * unexpired, else null. The update is conditional, so two concurrent uses
 * cannot both succeed.
 */
export async function consumeOneTimeToken(em: EntityManager, token: string, purpose: OneTimePurpose): Promise<string | null> {
  const rows = await em.getConnection().execute<{ user_id: string }[]>(
    `update one_time_token set used_at = now()
      where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
      returning user_id`,
    [hashToken(token), purpose],
  );
  return rows[0]?.user_id ?? null;
}

/** Like `consumeOneTimeToken`, with the new address a CHANGE_EMAIL token carries. */
export async function consumeEmailChangeToken(em: EntityManager, token: string): Promise<{ userId: string; newEmail: string } | null> {
  const rows = await em.getConnection().execute<{ user_id: string; new_email: string }[]>(
    `update one_time_token set used_at = now()
      where token_hash = ? and purpose = 'CHANGE_EMAIL' and used_at is null and expires_at > now() and new_email is not null
      returning user_id, new_email`,
    [hashToken(token)],
  );
  return rows[0] ? { userId: rows[0].user_id, newEmail: rows[0].new_email } : null;
}

/** Uses up every unused token of `userId` for these purposes (a new password makes older links and challenges worthless). */
export async function revokeOneTimeTokens(em: EntityManager, userId: string, purposes: readonly OneTimePurpose[]): Promise<void> {
  await em.getConnection().execute(`update one_time_token set used_at = now() where user_id = ? and purpose in (?) and used_at is null`, [userId, purposes]);
}

export type ChallengeAttempt =
  | { readonly kind: 'counted'; readonly userId: string; readonly last: boolean }
  | { readonly kind: 'exhausted' }
  | { readonly kind: 'invalid' };

/**
 * Counts one attempt on a live two-factor challenge before its code is
 * checked, atomically: of any number of concurrent attempts only `max` are
 * counted; the rest see `exhausted`. `last` marks the attempt that used up
 * the allowance: if its code is wrong too, the challenge dies (`endChallenge`).
 */
export async function countChallengeAttempt(em: EntityManager, token: string, max: number): Promise<ChallengeAttempt> {
  const tokenHash = hashToken(token);
  const counted = await em.getConnection().execute<{ user_id: string; attempts: number }[]>(
    `update one_time_token set attempts = attempts + 1
      where token_hash = ? and purpose = 'TWO_FACTOR_CHALLENGE' and used_at is null and expires_at > now() and attempts < ?
      returning user_id, attempts`,
    [tokenHash, max],
  );
  if (counted[0]) return { kind: 'counted', userId: counted[0].user_id, last: Number(counted[0].attempts) >= max };
  const alive = await em.findOne(OneTimeToken, { tokenHash, purpose: 'TWO_FACTOR_CHALLENGE', usedAt: null, expiresAt: { $gt: new Date() } });
  return alive ? { kind: 'exhausted' } : { kind: 'invalid' };
}

/** Ends a two-factor challenge that ran out of attempts. */
export async function endChallenge(em: EntityManager, token: string): Promise<void> {
  await em.getConnection().execute(`update one_time_token set used_at = now() where token_hash = ? and purpose = 'TWO_FACTOR_CHALLENGE'`, [hashToken(token)]);
}
