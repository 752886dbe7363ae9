import { EntitySchema } from '@mikro-orm/core';

export type OneTimePurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'TWO_FACTOR_CHALLENGE' | 'CHANGE_EMAIL';

/** A single-use, expiring token sent by email or handed out mid-login; only its hash is stored. */
export class OneTimeToken {
  id!: string;
  userId!: string;
  purpose!: OneTimePurpose;
  tokenHash!: string;
  expiresAt!: Date;
  usedAt: Date | null = null;
  /** Codes tried against a two-factor challenge; it dies after TWO_FACTOR_CHALLENGE_MAX_FAILURES. */
  attempts = 0;
  /** The address a CHANGE_EMAIL token moves the account to once followed. */
  newEmail: string | null = null;
  createdAt: Date = new Date();
}

export const OneTimeTokenSchema = new EntitySchema<OneTimeToken>({
  class: OneTimeToken,
  tableName: 'one_time_token',
  indexes: [{ properties: ['userId', 'purpose'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    purpose: { type: 'string', length: 32 },
    tokenHash: { type: 'string', length: 64, unique: true },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
    attempts: { type: 'integer', default: 0 },
    newEmail: { type: 'string', length: 320, nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
