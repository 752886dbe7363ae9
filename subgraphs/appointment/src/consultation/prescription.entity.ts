import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Consultation } from './consultation.entity';

export const DOSE_UNITS = ['MG', 'G', 'MCG', 'ML', 'IU', 'TABLET', 'CAPSULE', 'PUFF', 'DROP', 'PATCH'] as const;
export const ROUTES = ['ORAL', 'SUBLINGUAL', 'TOPICAL', 'TRANSDERMAL', 'INHALED', 'NASAL', 'OPHTHALMIC', 'OTIC', 'RECTAL', 'SUBCUTANEOUS', 'INTRAMUSCULAR', 'INTRAVENOUS'] as const;
export const FREQUENCIES = ['ONCE', 'ONCE_DAILY', 'TWICE_DAILY', 'THREE_TIMES_DAILY', 'FOUR_TIMES_DAILY', 'EVERY_4_HOURS', 'EVERY_6_HOURS', 'EVERY_8_HOURS', 'AT_BEDTIME', 'WEEKLY', 'AS_NEEDED'] as const;

/** A medication prescribed in a consultation. */
export class Prescription {
  id!: string;
  consultation!: Ref<Consultation>;
  drug!: string;
  doseAmount!: number;
  doseUnit!: (typeof DOSE_UNITS)[number];
  route!: (typeof ROUTES)[number];
  frequency!: (typeof FREQUENCIES)[number];
  durationDays!: number;
  refills = 0;
  instructions: string | null = null;
  prescribedAt: Date = new Date();
  /** Provider's `Doctor.id` of the prescriber. */
  prescribedBy!: string;
}

export const PrescriptionSchema = new EntitySchema<Prescription>({
  class: Prescription,
  tableName: 'prescription',
  indexes: [{ properties: ['consultation', 'prescribedAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    consultation: { kind: 'm:1', entity: () => Consultation, ref: true, deleteRule: 'cascade' },
    drug: { type: 'string', length: 200 },
    doseAmount: { type: 'double' },
    doseUnit: { type: 'string', length: 16 },
    route: { type: 'string', length: 16 },
    frequency: { type: 'string', length: 24 },
    durationDays: { type: 'smallint' },
    refills: { type: 'smallint' },
    instructions: { type: 'text', nullable: true },
    prescribedAt: { type: 'datetime' },
    prescribedBy: { type: 'uuid' },
  },
});
