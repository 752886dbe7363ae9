import { EntitySchema } from '@mikro-orm/core';

/** A single-use two-factor recovery code (SHA-256; the codes are random, so no slow hash is needed). */
export class RecoveryCode {
  id!: string;
  userId!: string;
  codeHash!: string;
  usedAt: Date | null = null;
  createdAt: Date = new Date();
}

export const RecoveryCodeSchema = new EntitySchema<RecoveryCode>({
  class: RecoveryCode,
  tableName: 'recovery_code',
  indexes: [{ properties: ['userId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    codeHash: { type: 'string', length: 64, unique: true },
    usedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
