import { EntitySchema } from '@mikro-orm/core';

export type AppointmentStatus = 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';

export class Appointment {
  id!: string;
  /** Provider's `Doctor.id`; a federated reference, not a foreign key. */
  doctorId!: string;
  /** Identity's `Patient.id`; a federated reference, not a foreign key. */
  patientId!: string;
  startsAt!: Date;
  endsAt!: Date;
  status: AppointmentStatus = 'SCHEDULED';
  reason: string | null = null;
  createdAt: Date = new Date();
}

export const AppointmentSchema = new EntitySchema<Appointment>({
  class: Appointment,
  tableName: 'appointment',
  indexes: [
    { properties: ['startsAt', 'id'] },
    { properties: ['doctorId', 'startsAt'] },
    { properties: ['patientId', 'startsAt'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    startsAt: { type: 'datetime' },
    endsAt: { type: 'datetime' },
    status: { type: 'string', length: 16 },
    reason: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
