import { EntitySchema, type Ref } from '@mikro-orm/core';
import { Appointment, type AppointmentStatus } from './appointment.entity';
import type { AppointmentAction } from './appointment-lifecycle';

export type ActorRole = 'PATIENT' | 'DOCTOR' | 'ADMIN';

/** One recorded change of an appointment: written in the same transaction as the change. */
export class AppointmentTransition {
  id!: string;
  appointment!: Ref<Appointment>;
  action!: AppointmentAction;
  /** Null for BOOK. */
  fromStatus: AppointmentStatus | null = null;
  toStatus!: AppointmentStatus;
  /** Identity's `User.id` of who made the change. */
  actorUserId!: string;
  actorRole!: ActorRole;
  occurredAt: Date = new Date();
  /** For RESCHEDULE: the start before the change. */
  previousStartsAt: Date | null = null;
  note: string | null = null;
}

export const AppointmentTransitionSchema = new EntitySchema<AppointmentTransition>({
  class: AppointmentTransition,
  tableName: 'appointment_transition',
  indexes: [{ properties: ['appointment', 'occurredAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    appointment: { kind: 'm:1', entity: () => Appointment, ref: true, deleteRule: 'cascade' },
    action: { type: 'string', length: 16 },
    fromStatus: { type: 'string', length: 16, nullable: true },
    toStatus: { type: 'string', length: 16 },
    actorUserId: { type: 'uuid' },
    actorRole: { type: 'string', length: 8 },
    occurredAt: { type: 'datetime' },
    previousStartsAt: { type: 'datetime', nullable: true },
    note: { type: 'text', nullable: true },
  },
});
