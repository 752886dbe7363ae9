import { EntitySchema } from '@mikro-orm/core';

export type Role = 'PATIENT' | 'DOCTOR' | 'ADMIN' | 'PARTNER';

export class User {
  id!: string;
  /** Lower-cased; the unique sign-in name. */
  email!: string;
  role!: Role;
  /** argon2id (PHC string); null for accounts that cannot sign in with a password. */
  passwordHash: string | null = null;
  emailVerifiedAt: Date | null = null;
  /** TOTP secret, encrypted with identity's data key; set once enrolment is confirmed. */
  totpSecret: string | null = null;
  /** Secret of an enrolment not confirmed yet (encrypted). */
  totpPendingSecret: string | null = null;
  /** The last TOTP time step accepted, so a code cannot be replayed within its window. */
  totpLastStep: number | null = null;
  createdAt: Date = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'user_account',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    role: { type: 'string', length: 16 },
    passwordHash: { type: 'string', length: 255, nullable: true },
    emailVerifiedAt: { type: 'datetime', nullable: true },
    totpSecret: { type: 'string', length: 255, nullable: true },
    totpPendingSecret: { type: 'string', length: 255, nullable: true },
    totpLastStep: { type: 'bigint', nullable: true, runtimeType: 'number' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
