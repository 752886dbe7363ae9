import type { AnyEventEnvelope } from '@telemed/event-bus/envelope';
import type { Channel, NotificationKind, TemplateVariables } from './notification-kind';

/** One notification the dispatcher should send. */
export interface PlannedNotification {
  readonly kind: NotificationKind;
  readonly channel: Channel;
  readonly dueAt: Date;
  readonly variables: TemplateVariables;
  readonly appointmentId: string | null;
}

/** What an event asks of the notifications: new ones, and pending reminders to call off. */
export interface NotificationPlan {
  readonly patientId: string;
  readonly notifications: readonly PlannedNotification[];
  /** Reminders still pending for this appointment are cancelled first. */
  readonly cancelRemindersOf: string | null;
}

export const REMINDER_LEAD_MS = 24 * 3_600_000;
const ALL: readonly Channel[] = ['EMAIL', 'SMS', 'IN_APP'];
const QUIET: readonly Channel[] = ['EMAIL', 'IN_APP'];

function on(
  channels: readonly Channel[],
  kind: NotificationKind,
  dueAt: Date,
  variables: TemplateVariables,
  appointmentId: string | null,
) {
  return channels.map((channel) => ({ kind, channel, dueAt, variables, appointmentId }));
}

/** The reminder of an appointment at `startsAt`: 24 h before, unless that has passed. */
function reminder(startsAt: string, appointmentId: string, now: Date): PlannedNotification[] {
  const dueAt = new Date(new Date(startsAt).getTime() - REMINDER_LEAD_MS);
  return dueAt > now ? on(ALL, 'APPOINTMENT_REMINDER', dueAt, { startsAt }, appointmentId) : [];
}

/**
 * Which notifications an event leads to, and when: confirmations,
 * cancellations and receipts at once; reminders 24 h ahead. Pure, so the
 * rules are tested without a database.
 */
export function planNotifications(event: AnyEventEnvelope, now: Date): NotificationPlan | null {
  switch (event.event_type) {
    case 'appointment.scheduled': {
      const { appointment_id: id, starts_at: startsAt } = event.data;
      return {
        patientId: event.data.patient_id,
        cancelRemindersOf: null,
        notifications: [
          ...on(ALL, 'APPOINTMENT_CONFIRMED', now, { startsAt }, id),
          ...reminder(startsAt, id, now),
        ],
      };
    }
    case 'appointment.rescheduled': {
      const { appointment_id: id, starts_at: startsAt, previous_starts_at: previousStartsAt } = event.data;
      return {
        patientId: event.data.patient_id,
        cancelRemindersOf: id,
        notifications: [
          ...on(QUIET, 'APPOINTMENT_RESCHEDULED', now, { startsAt, previousStartsAt }, id),
          ...reminder(startsAt, id, now),
        ],
      };
    }
    case 'appointment.cancelled': {
      // The event carries no reason (free text is PHI, and would travel on by email and SMS).
      const { appointment_id: id, starts_at: startsAt } = event.data;
      return {
        patientId: event.data.patient_id,
        cancelRemindersOf: id,
        notifications: on(ALL, 'APPOINTMENT_CANCELLED', now, { startsAt }, id),
      };
    }
    case 'payment.completed': {
      const { amount_cents: amountCents, currency, payment_id: paymentId } = event.data;
      return {
        patientId: event.data.patient_id,
        cancelRemindersOf: null,
        notifications: on(
          QUIET,
          'PAYMENT_RECEIPT',
          now,
          { amountCents, currency, paymentId },
          event.data.appointment_id,
        ),
      };
    }
    case 'payment.refunded': {
      const { amount_cents: amountCents, currency, reason } = event.data;
      return {
        patientId: event.data.patient_id,
        cancelRemindersOf: null,
        notifications: on(
          QUIET,
          'PAYMENT_REFUNDED',
          now,
          { amountCents, currency, reason },
          event.data.appointment_id,
        ),
      };
    }
    default:
      return null;
  }
}
