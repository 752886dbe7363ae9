import { EntitySchema } from '@mikro-orm/core';

/**
 * One refresh token. Tokens of one sign-in form a family: each refresh
 * rotates to a new token of the same family, and presenting a rotated token
 * again (a stolen copy) revokes the whole family.
 */
export class RefreshToken {
  id!: string;
  familyId!: string;
  userId!: string;
  /** SHA-256 of the token; the token itself is never stored. */
  tokenHash!: string;
  createdAt: Date = new Date();
  expiresAt!: Date;
  /** When it was traded for its successor; a second use after this is reuse. */
  rotatedAt: Date | null = null;
  revokedAt: Date | null = null;
  /** The token it was rotated to. */
  successorId: string | null = null;
  /**
   * The session the rotation answered, sealed with identity's data key, so a
   * retry within the grace window (the answer was lost) gets the same one;
   * cleared by the maintenance worker.
   */
  successorSealed: string | null = null;
}

export const RefreshTokenSchema = new EntitySchema<RefreshToken>({
  class: RefreshToken,
  tableName: 'refresh_token',
  indexes: [{ properties: ['familyId'] }, { properties: ['userId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    familyId: { type: 'uuid' },
    userId: { type: 'uuid' },
    tokenHash: { type: 'string', length: 64, unique: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    expiresAt: { type: 'datetime' },
    rotatedAt: { type: 'datetime', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
    successorId: { type: 'uuid', nullable: true },
    successorSealed: { type: 'text', nullable: true },
  },
});
