import { EntitySchema } from '@mikro-orm/core';
import type { Channel, NotificationKind, TemplateVariables } from './notification-kind';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED' | 'CANCELLED' | 'SKIPPED';

/**
 * One notification to send on one channel at `dueAt`: confirmations are due
 * at once, reminders 24 h before the appointment. The dispatcher claims due
 * rows with `FOR UPDATE SKIP LOCKED` (replicas never send the same one),
 * retries failures with backoff and gives up after a few attempts. Rows are
 * durable: a restart, or NATS being away, delays a reminder, never loses it.
 */
export class ScheduledNotification {
  id!: string;
  patientId!: string;
  kind!: NotificationKind;
  channel!: Channel;
  dueAt!: Date;
  status: DeliveryStatus = 'PENDING';
  /** Rendered at send time, so a template fixed meanwhile applies to reminders already planned. */
  variables!: TemplateVariables;
  appointmentId: string | null = null;
  /** Of the event that planned it, for the logs of the send. */
  correlationId!: string;
  /** `<event_id>:<kind>:<channel>`: planning the same event twice plans nothing new. */
  dedupeKey!: string;
  attempts = 0;
  lastError: string | null = null;
  createdAt: Date = new Date();
  sentAt: Date | null = null;
}

export const ScheduledNotificationSchema = new EntitySchema<ScheduledNotification>({
  class: ScheduledNotification,
  tableName: 'scheduled_notification',
  indexes: [{ properties: ['status', 'dueAt'] }, { properties: ['appointmentId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    patientId: { type: 'uuid' },
    kind: { type: 'string', length: 32 },
    channel: { type: 'string', length: 8 },
    dueAt: { type: 'datetime' },
    status: { type: 'string', length: 16 },
    variables: { type: 'json' },
    appointmentId: { type: 'uuid', nullable: true },
    correlationId: { type: 'string', length: 128 },
    dedupeKey: { type: 'string', length: 128, unique: true },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    sentAt: { type: 'datetime', nullable: true },
  },
});
