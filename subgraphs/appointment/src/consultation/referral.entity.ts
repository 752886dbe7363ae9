import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Consultation } from './consultation.entity';

export const REFERRAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_URGENCIES = ['ROUTINE', 'URGENT', 'EMERGENCY'] as const;

/** A referral from a consultation to a named doctor or to a specialty. */
export class Referral {
  id!: string;
  consultation!: Ref<Consultation>;
  /** Provider's `Doctor.id` of the referring doctor. */
  fromDoctorId!: string;
  toDoctorId: string | null = null;
  toSpecialty: string | null = null;
  reason!: string;
  urgency: (typeof REFERRAL_URGENCIES)[number] = 'ROUTINE';
  status: ReferralStatus = 'PENDING';
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ReferralSchema = new EntitySchema<Referral>({
  class: Referral,
  tableName: 'referral',
  indexes: [{ properties: ['consultation', 'createdAt'] }, { properties: ['toDoctorId', 'status'] }],
  checks: [{ name: 'referral_target_check', expression: '(to_doctor_id is null) <> (to_specialty is null)' }],
  properties: {
    id: { type: 'uuid', primary: true },
    consultation: { kind: 'm:1', entity: () => Consultation, ref: true, deleteRule: 'cascade' },
    fromDoctorId: { type: 'uuid' },
    toDoctorId: { type: 'uuid', nullable: true },
    toSpecialty: { type: 'string', length: 120, nullable: true },
    reason: { type: 'text' },
    urgency: { enum: true, items: [...REFERRAL_URGENCIES] },
    status: { enum: true, items: [...REFERRAL_STATUSES] },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
