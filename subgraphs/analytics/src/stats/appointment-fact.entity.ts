import { EntitySchema } from '@mikro-orm/core';

/**
 * One row per appointment: the analytics read model, kept current from
 * appointment events (see stats/read-model.consumer.ts), so analytics never
 * reads another subgraph's tables. Revenue lives in `payment_fact`.
 */
export class AppointmentFact {
  appointmentId!: string;
  doctorId!: string;
  patientId!: string;
  status!: string;
  startsAt!: Date;
  updatedAt: Date = new Date();
}

export const AppointmentFactSchema = new EntitySchema<AppointmentFact>({
  class: AppointmentFact,
  tableName: 'appointment_fact',
  indexes: [{ properties: ['doctorId', 'status'] }, { properties: ['startsAt'] }],
  properties: {
    appointmentId: { type: 'uuid', primary: true },
    doctorId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    status: { type: 'string', length: 16 },
    startsAt: { type: 'datetime' },
    updatedAt: { type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() },
  },
});
