import { EntitySchema } from '@mikro-orm/core';

export type Role = 'PATIENT' | 'DOCTOR' | 'ADMIN' | 'PARTNER';

export class User {
  id!: string;
  email!: string;
  role!: Role;
  createdAt: Date = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'user_account',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', length: 320, unique: true },
    role: { type: 'string', length: 16 },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
