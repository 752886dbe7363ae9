import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OneTimeToken, type OneTimePurpose } from './one-time-token.entity';
import { hashToken, newOpaqueToken } from './opaque-token';

const PREFIX: Record<OneTimePurpose, string> = { VERIFY_EMAIL: 'ev', RESET_PASSWORD: 'pr', TWO_FACTOR_CHALLENGE: 'tf' };

/** Issues a single-use token for `purpose`, valid for `ttlSeconds`; returns the token (only its hash is stored). */
export function issueOneTimeToken(em: EntityManager, userId: string, purpose: OneTimePurpose, ttlSeconds: number): { token: string; expiresAt: Date } {
  const token = newOpaqueToken(PREFIX[purpose]);
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  em.persist(Object.assign(new OneTimeToken(), { id: randomUUID(), userId, purpose, tokenHash: hashToken(token), expiresAt, usedAt: null, createdAt: new Date() }));
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

/** The user a still-valid token belongs to, without using it up (two-factor challenges are used only on success). */
export async function peekOneTimeToken(em: EntityManager, token: string, purpose: OneTimePurpose): Promise<string | null> {
  const found = await em.findOne(OneTimeToken, { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } });
  return found?.userId ?? null;
}
