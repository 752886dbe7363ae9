import { EntitySchema } from '@mikro-orm/core';

export type OneTimePurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'TWO_FACTOR_CHALLENGE';

/** A single-use, expiring token sent by email or handed out mid-login; only its hash is stored. */
export class OneTimeToken {
  id!: string;
  userId!: string;
  purpose!: OneTimePurpose;
  tokenHash!: string;
  expiresAt!: Date;
  usedAt: Date | null = null;
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
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
