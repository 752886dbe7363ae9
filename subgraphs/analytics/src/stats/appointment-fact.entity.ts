import { EntitySchema } from '@mikro-orm/core';

/**
 * One row per appointment: the analytics read model. Filled from demo data
 * for now; the event backbone will keep it up to date from appointment and
 * payment events, so analytics never reads another subgraph's tables.
 */
export class AppointmentFact {
  appointmentId!: string;
  doctorId!: string;
  patientId!: string;
  status!: string;
  startsAt!: Date;
  /** Revenue recognised for this appointment, in cents. */
  amountCents = 0;
  updatedAt: Date = new Date();
}

export const AppointmentFactSchema = new EntitySchema<AppointmentFact>({
  class: AppointmentFact,
  tableName: 'appointment_fact',
  indexes: [{ properties: ['doctorId', 'status'] }],
  properties: {
    appointmentId: { type: 'uuid', primary: true },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    status: { type: 'string', length: 16 },
    startsAt: { type: 'datetime' },
    amountCents: { type: 'integer' },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
