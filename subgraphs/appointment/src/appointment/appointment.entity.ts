import { EntitySchema } from '@mikro-orm/core';

export const APPOINTMENT_STATUSES = ['SCHEDULED', 'CHECKED_IN', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

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
  /** The appointment whose consultation booked this one as a follow-up. */
  followUpOfId: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

// The exclusion constraints below are what make double booking impossible,
// whatever the application checks first: PostgreSQL refuses a second row
// whose [starts_at, ends_at) overlaps another of the same doctor (or
// patient) while both hold their time, i.e. are neither cancelled nor no-shows.
// MikroORM has no exclusion constraints: each is declared as an index by name
// with its SQL, so schema diffs keep it. They need btree_gist (created by the
// migration) for `=` on uuid inside a GiST index.
const noOverlap = (column: 'doctor_id' | 'patient_id') =>
  `alter table "appointment" add constraint "appointment_${column.replace('_id', '')}_no_overlap" exclude using gist ("${column}" with =, tstzrange("starts_at", "ends_at") with &&) where ("status" not in ('CANCELLED', 'NO_SHOW'))`;

export const DOCTOR_OVERLAP_CONSTRAINT = 'appointment_doctor_no_overlap';
export const PATIENT_OVERLAP_CONSTRAINT = 'appointment_patient_no_overlap';

export const AppointmentSchema = new EntitySchema<Appointment>({
  class: Appointment,
  tableName: 'appointment',
  indexes: [
    { properties: ['startsAt', 'id'] },
    { properties: ['doctorId', 'startsAt'] },
    { properties: ['patientId', 'startsAt'] },
    { properties: ['followUpOfId'] },
    { name: DOCTOR_OVERLAP_CONSTRAINT, expression: noOverlap('doctor_id') },
    { name: PATIENT_OVERLAP_CONSTRAINT, expression: noOverlap('patient_id') },
  ],
  checks: [{ name: 'appointment_range_check', expression: 'starts_at < ends_at' }],
  properties: {
    id: { type: 'uuid', primary: true },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    startsAt: { type: 'datetime' },
    endsAt: { type: 'datetime' },
    status: { enum: true, items: [...APPOINTMENT_STATUSES] },
    reason: { type: 'text', nullable: true },
    followUpOfId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
