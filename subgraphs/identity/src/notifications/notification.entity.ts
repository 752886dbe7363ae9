import { EntitySchema } from '@mikro-orm/core';
import type { NotificationKind } from './notification-kind';

/** An in-app notification: what the patient reads in the app (`Patient.notifications`). */
export class Notification {
  id!: string;
  patientId!: string;
  kind!: NotificationKind;
  title!: string;
  body!: string;
  /** The appointment it is about, if any. */
  appointmentId: string | null = null;
  createdAt: Date = new Date();
  readAt: Date | null = null;
}

export const NotificationSchema = new EntitySchema<Notification>({
  class: Notification,
  tableName: 'notification',
  indexes: [{ properties: ['patientId', 'createdAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    patientId: { type: 'uuid' },
    kind: { type: 'string', length: 32 },
    title: { type: 'string', length: 200 },
    body: { type: 'text' },
    appointmentId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    readAt: { type: 'datetime', nullable: true },
  },
});
