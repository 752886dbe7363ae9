import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newOpaqueToken } from './opaque-token';
import { RefreshToken } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** A new refresh token in `familyId` (a new family for a new sign-in). */
export function issueRefreshToken(em: EntityManager, userId: string, familyId: string = randomUUID()): IssuedRefreshToken {
  const token = newOpaqueToken('rt');
  const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000);
  em.persist(
    Object.assign(new RefreshToken(), { id: randomUUID(), familyId, userId, tokenHash: hashToken(token), createdAt: new Date(), expiresAt, rotatedAt: null, revokedAt: null }),
  );
  return { token, expiresAt };
}

export type Rotation =
  | { readonly kind: 'rotated'; readonly userId: string; readonly familyId: string }
  | { readonly kind: 'reused'; readonly userId: string; readonly familyId: string }
  | { readonly kind: 'invalid' };

/**
 * Marks a refresh token used, atomically. A token already used or revoked is
 * reuse: someone holds a copy, so the caller revokes the whole family. An
 * unknown or expired token is simply invalid.
 */
export async function rotateRefreshToken(em: EntityManager, token: string): Promise<Rotation> {
  const tokenHash = hashToken(token);
  const rotated = await em.getConnection().execute<{ user_id: string; family_id: string }[]>(
    `update refresh_token set rotated_at = now()
      where token_hash = ? and rotated_at is null and revoked_at is null and expires_at > now()
      returning user_id, family_id`,
    [tokenHash],
  );
  if (rotated[0]) return { kind: 'rotated', userId: rotated[0].user_id, familyId: rotated[0].family_id };
  const known = await em.findOne(RefreshToken, { tokenHash });
  if (known && (known.rotatedAt || known.revokedAt)) return { kind: 'reused', userId: known.userId, familyId: known.familyId };
  return { kind: 'invalid' };
}

/** Revokes every token of a family (sign-out, reuse). */
export async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
  await em.getConnection().execute(`update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null`, [familyId]);
}

/** Revokes every session of a user (password reset). */
export async function revokeAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.getConnection().execute(`update refresh_token set revoked_at = now() where user_id = ? and revoked_at is null`, [userId]);
}

/** The family a token belongs to, whatever its state. */
export async function familyOf(em: EntityManager, token: string): Promise<RefreshToken | null> {
  return em.findOne(RefreshToken, { tokenHash: hashToken(token) });
}
