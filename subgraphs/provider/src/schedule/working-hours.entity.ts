import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Doctor } from '../doctor/doctor.entity';

/** One weekly block of a doctor's working time, in UTC minutes since midnight. */
export class WorkingHours {
  id!: string;
  doctor!: Ref<Doctor>;
  /** ISO day of the week: 1 = Monday … 7 = Sunday. */
  dayOfWeek!: number;
  startMinute!: number;
  endMinute!: number;
  slotMinutes = 30;
}

export const WorkingHoursSchema = new EntitySchema<WorkingHours>({
  class: WorkingHours,
  tableName: 'working_hours',
  indexes: [
    {
      // One doctor's blocks on the same day never overlap. MikroORM has no
      // exclusion constraints; declaring the constraint's index by name with
      // its SQL keeps schema diffs from dropping it. Needs btree_gist (the
      // migration creates the extension) for `=` on uuid and smallint in GiST.
      name: 'working_hours_no_overlap',
      expression:
        'alter table "working_hours" add constraint "working_hours_no_overlap" exclude using gist ("doctor_id" with =, "day_of_week" with =, int4range("start_minute", "end_minute") with &&)',
    },
  ],
  checks: [
    { name: 'working_hours_day_of_week_check', expression: 'day_of_week >= 1 and day_of_week <= 7' },
    { name: 'working_hours_minutes_check', expression: 'start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute' },
    { name: 'working_hours_slot_minutes_check', expression: 'slot_minutes >= 5 and slot_minutes <= 240' },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    doctor: { kind: 'm:1', entity: () => Doctor, ref: true, index: true, deleteRule: 'cascade' },
    dayOfWeek: { type: 'smallint' },
    startMinute: { type: 'smallint' },
    endMinute: { type: 'smallint' },
    slotMinutes: { type: 'smallint' },
  },
});
