import { EntitySchema } from '@mikro-orm/core';

export const WAITLIST_STATUSES = ['WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'CANCELLED'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** A patient waiting for a freed slot with a doctor, starting within [rangeStart, rangeEnd). */
export class WaitlistEntry {
  id!: string;
  /** Provider's `Doctor.id`. */
  doctorId!: string;
  /** Identity's `Patient.id`. */
  patientId!: string;
  rangeStart!: Date;
  rangeEnd!: Date;
  /**
   * As stored. An OFFERED entry whose offer has lapsed reads as EXPIRED
   * before any sweep stores it (`waitlist-status.ts`).
   */
  status: WaitlistStatus = 'WAITING';
  offerStartsAt: Date | null = null;
  offerEndsAt: Date | null = null;
  offerExpiresAt: Date | null = null;
  /** The appointment booked from the offer. */
  appointmentId: string | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const WaitlistEntrySchema = new EntitySchema<WaitlistEntry>({
  class: WaitlistEntry,
  tableName: 'waitlist_entry',
  indexes: [
    // The line for a doctor: oldest first.
    { properties: ['doctorId', 'status', 'createdAt'] },
    { properties: ['patientId', 'createdAt'] },
    { properties: ['createdAt', 'id'] },
    {
      // One place in line per patient and doctor. A partial unique index,
      // which MikroORM cannot express: declared by name with its SQL.
      name: 'waitlist_entry_one_active_per_patient',
      expression:
        'create unique index "waitlist_entry_one_active_per_patient" on "waitlist_entry" ("doctor_id", "patient_id") where ("status" in (\'WAITING\', \'OFFERED\'))',
    },
  ],
  checks: [
    { name: 'waitlist_entry_range_check', expression: 'range_start < range_end' },
    {
      name: 'waitlist_entry_offer_check',
      expression: "status <> 'OFFERED' or (offer_starts_at is not null and offer_ends_at is not null and offer_expires_at is not null)",
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    rangeStart: { type: 'datetime' },
    rangeEnd: { type: 'datetime' },
    status: { enum: true, items: [...WAITLIST_STATUSES] },
    offerStartsAt: { type: 'datetime', nullable: true },
    offerEndsAt: { type: 'datetime', nullable: true },
    offerExpiresAt: { type: 'datetime', nullable: true },
    appointmentId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
