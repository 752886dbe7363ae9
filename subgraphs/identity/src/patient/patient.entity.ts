import { EntitySchema } from '@mikro-orm/core';

export class Patient {
  id!: string;
  /** The account this patient signs in with. */
  userId: string | null = null;
  name!: string;
  /** YYYY-MM-DD; kept as a date, not a timestamp, so no time zone shifts it. */
  dateOfBirth: string | null = null;
  /** E.164 mobile number for SMS notifications; none means no SMS. */
  phone: string | null = null;
  createdAt: Date = new Date();
}

export const PatientSchema = new EntitySchema<Patient>({
  class: Patient,
  tableName: 'patient',
  indexes: [{ properties: ['name', 'id'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid', nullable: true, unique: true },
    name: { type: 'string', length: 200 },
    dateOfBirth: { type: 'date', nullable: true },
    phone: { type: 'string', length: 20, nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
