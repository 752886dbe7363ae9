import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newOpaqueToken } from './opaque-token';
import { RefreshToken } from './refresh-token.entity';

export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

export interface IssuedRefreshToken {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: Date;
}

/** A new refresh token in `familyId` (a new family for a new sign-in). */
export function issueRefreshToken(em: EntityManager, userId: string, familyId: string = randomUUID()): IssuedRefreshToken {
  const token = newOpaqueToken('rt');
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000);
  em.persist(
    Object.assign(new RefreshToken(), {
      id,
      familyId,
      userId,
      tokenHash: hashToken(token),
      createdAt: new Date(),
      expiresAt,
      rotatedAt: null,
      revokedAt: null,
      successorId: null,
      successorSealed: null,
    }),
  );
  return { id, token, expiresAt };
}

/** A refresh token row as the rotation reads it, locked. */
export interface LockedRefreshToken {
  readonly id: string;
  readonly userId: string;
  readonly familyId: string;
  /** Seconds since the rotation, by the database's clock; null while unused. */
  readonly rotatedSecondsAgo: number | null;
  readonly revoked: boolean;
  readonly expired: boolean;
  readonly successorId: string | null;
  readonly successorSealed: string | null;
}

/**
 * Reads a refresh token by its value and locks its row until the transaction
 * of `em` ends, so concurrent refreshes of one token take turns: the first
 * rotates it, the others see what the first did.
 */
export async function lockRefreshToken(em: EntityManager, token: string): Promise<LockedRefreshToken | null> {
  const rows = await em.execute<
    {
      id: string;
      user_id: string;
      family_id: string;
      rotated_seconds_ago: string | number | null;
      revoked: boolean;
      expired: boolean;
      successor_id: string | null;
      successor_sealed: string | null;
    }[]
  >(
    `select id, user_id, family_id, extract(epoch from now() - rotated_at) as rotated_seconds_ago,
            revoked_at is not null as revoked, expires_at <= now() as expired, successor_id, successor_sealed
       from refresh_token where token_hash = ? for update`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    userId: row.user_id,
    familyId: row.family_id,
    rotatedSecondsAgo: row.rotated_seconds_ago === null ? null : Number(row.rotated_seconds_ago),
    revoked: row.revoked,
    expired: row.expired,
    successorId: row.successor_id,
    successorSealed: row.successor_sealed,
  };
}

/** Marks a locked token rotated to `successorId`, keeping the new session sealed for a retry within the grace window. */
export async function markRotated(em: EntityManager, id: string, successorId: string, successorSealed: string): Promise<void> {
  await em.execute(`update refresh_token set rotated_at = now(), successor_id = ?, successor_sealed = ? where id = ?`, [successorId, successorSealed, id]);
}

/** Whether the token `id` is still unused and unrevoked (a retried refresh gets its session only then). */
export async function isUnused(em: EntityManager, id: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(`select id from refresh_token where id = ? and rotated_at is null and revoked_at is null`, [id]);
  return rows.length > 0;
}

/** Revokes every token of a family (sign-out, reuse). */
export async function revokeFamily(em: EntityManager, familyId: string): Promise<void> {
  await em.getConnection().execute(`update refresh_token set revoked_at = now() where family_id = ? and revoked_at is null`, [familyId]);
}

/** Revokes every session of a user (password reset, password change). */
export async function revokeAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.execute(`update refresh_token set revoked_at = now() where user_id = ? and revoked_at is null`, [userId]);
}

/** The family a token belongs to, whatever its state. */
export async function familyOf(em: EntityManager, token: string): Promise<RefreshToken | null> {
  return em.findOne(RefreshToken, { tokenHash: hashToken(token) });
}

/** Drops the sealed sessions kept for retries once no retry can use them. */
export async function forgetSealedSessions(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`update refresh_token set successor_sealed = null where successor_sealed is not null and rotated_at < now() - interval '1 hour'`);
}
