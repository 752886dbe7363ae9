import { randomUUID } from 'node:crypto';
import { defineConsumer, type EventContext } from '@telemed/subgraph-kit/events/consumer-definition';
import type { AnyEventEnvelope } from '@telemed/event-bus/envelope';
import { Patient } from '../patient/patient.entity';
import { planNotifications } from './planner';
import { ScheduledNotification } from './scheduled-notification.entity';

/**
 * Plans the notifications an event calls for; the dispatcher sends them when
 * due. An event about a patient identity does not know fails, and is retried:
 * the patient may be registered a moment later; if not, it becomes a dead letter.
 */
async function plan(event: AnyEventEnvelope, { em, logger }: EventContext): Promise<void> {
  const planned = planNotifications(event, new Date());
  if (!planned) return;
  if (!(await em.count(Patient, { id: planned.patientId })))
    throw new Error(`Patient ${planned.patientId} not found`);
  if (planned.cancelRemindersOf) {
    await em.nativeUpdate(
      ScheduledNotification,
      { appointmentId: planned.cancelRemindersOf, kind: 'APPOINTMENT_REMINDER', status: 'PENDING' },
      { status: 'CANCELLED', lastError: `called off by ${event.event_type}` },
    );
  }
  for (const n of planned.notifications) {
    em.create(ScheduledNotification, {
      id: randomUUID(),
      patientId: planned.patientId,
      kind: n.kind,
      channel: n.channel,
      dueAt: n.dueAt,
      status: 'PENDING',
      variables: n.variables,
      appointmentId: n.appointmentId,
      correlationId: event.correlation_id,
      dedupeKey: `${event.event_id}:${n.kind}:${n.channel}`,
      attempts: 0,
      lastError: null,
      createdAt: new Date(),
      sentAt: null,
    });
  }
  logger.info({ planned: planned.notifications.length }, 'notifications planned');
}

export const notifications = defineConsumer({
  name: 'identity-notifications',
  on: {
    'appointment.scheduled': plan,
    'appointment.rescheduled': plan,
    'appointment.cancelled': plan,
    'payment.completed': plan,
    'payment.refunded': plan,
  },
});
