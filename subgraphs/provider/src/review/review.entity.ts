import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Doctor } from '../doctor/doctor.entity';

/** A patient's rating of a doctor after one completed appointment. */
export class Review {
  id!: string;
  doctor!: Ref<Doctor>;
  /** Identity's `Patient.id`; kept for moderation, never exposed. */
  patientId!: string;
  /** Appointment's `Appointment.id`: one review per appointment. */
  appointmentId!: string;
  rating!: number;
  comment: string | null = null;
  createdAt: Date = new Date();
}

export const ReviewSchema = new EntitySchema<Review>({
  class: Review,
  tableName: 'review',
  // Reviews are listed per doctor, newest first.
  indexes: [{ properties: ['doctor', 'createdAt', 'id'] }],
  checks: [{ name: 'review_rating_check', expression: 'rating >= 1 and rating <= 5' }],
  properties: {
    id: { type: 'uuid', primary: true },
    doctor: { kind: 'm:1', entity: () => Doctor, ref: true, deleteRule: 'cascade' },
    patientId: { type: 'uuid' },
    appointmentId: { type: 'uuid', unique: true },
    rating: { type: 'smallint' },
    comment: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
