import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Appointment } from '../appointment/appointment.entity';

/**
 * The clinical record of one appointment, opened when the doctor starts it
 * (in the same transaction), so an appointment has a consultation exactly
 * when it has been started.
 */
export class Consultation {
  id!: string;
  appointment!: Ref<Appointment>;
  subjective: string | null = null;
  objective: string | null = null;
  assessment: string | null = null;
  plan: string | null = null;
  startedAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const ConsultationSchema = new EntitySchema<Consultation>({
  class: Consultation,
  tableName: 'consultation',
  properties: {
    id: { type: 'uuid', primary: true },
    appointment: { kind: 'm:1', entity: () => Appointment, ref: true, unique: true, deleteRule: 'cascade' },
    subjective: { type: 'text', nullable: true },
    objective: { type: 'text', nullable: true },
    assessment: { type: 'text', nullable: true },
    plan: { type: 'text', nullable: true },
    startedAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
