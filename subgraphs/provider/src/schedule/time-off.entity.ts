import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Doctor } from '../doctor/doctor.entity';

/** A period in which a doctor does not consult. */
export class TimeOff {
  id!: string;
  doctor!: Ref<Doctor>;
  startsAt!: Date;
  endsAt!: Date;
  /** Private to the doctor and admins. */
  reason: string | null = null;
  createdAt: Date = new Date();
}

export const TimeOffSchema = new EntitySchema<TimeOff>({
  class: TimeOff,
  tableName: 'time_off',
  // Availability asks for the periods of some doctors that have not ended yet.
  indexes: [{ properties: ['doctor', 'endsAt'] }],
  checks: [{ name: 'time_off_range_check', expression: 'starts_at < ends_at' }],
  properties: {
    id: { type: 'uuid', primary: true },
    doctor: { kind: 'm:1', entity: () => Doctor, ref: true, deleteRule: 'cascade' },
    startsAt: { type: 'datetime' },
    endsAt: { type: 'datetime' },
    reason: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
