import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Consultation } from './consultation.entity';

/** One reading of vital signs; units are in the names. Ranges are checked in `consultation.inputs.ts`. */
export class VitalSigns {
  id!: string;
  consultation!: Ref<Consultation>;
  recordedAt: Date = new Date();
  /** Identity's `User.id` of the doctor who recorded them. */
  recordedBy!: string;
  systolicMmHg: number | null = null;
  diastolicMmHg: number | null = null;
  heartRateBpm: number | null = null;
  temperatureCelsius: number | null = null;
  oxygenSaturationPercent: number | null = null;
  respiratoryRatePerMin: number | null = null;
  weightKg: number | null = null;
  heightCm: number | null = null;
}

export const VitalSignsSchema = new EntitySchema<VitalSigns>({
  class: VitalSigns,
  tableName: 'vital_signs',
  indexes: [{ properties: ['consultation', 'recordedAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    consultation: { kind: 'm:1', entity: () => Consultation, ref: true, deleteRule: 'cascade' },
    recordedAt: { type: 'datetime' },
    recordedBy: { type: 'uuid' },
    systolicMmHg: { type: 'smallint', nullable: true },
    diastolicMmHg: { type: 'smallint', nullable: true },
    heartRateBpm: { type: 'smallint', nullable: true },
    temperatureCelsius: { type: 'double', nullable: true },
    oxygenSaturationPercent: { type: 'smallint', nullable: true },
    respiratoryRatePerMin: { type: 'smallint', nullable: true },
    weightKg: { type: 'double', nullable: true },
    heightCm: { type: 'double', nullable: true },
  },
});
