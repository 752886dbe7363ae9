import { randomUUID } from 'node:crypto';
import { createEvent } from '@telemed/event-bus/validate';
import type { AnyEventEnvelope } from '@telemed/event-bus/envelope';
import { planNotifications } from './planner';

const now = new Date('2026-11-23T10:00:00.000Z');
const ids = { appointment_id: randomUUID(), doctor_id: randomUUID(), patient_id: randomUUID() };
const event = (
  type: 'appointment.scheduled' | 'appointment.cancelled' | 'appointment.rescheduled',
  data: object,
) =>
  createEvent({
    type,
    data: { ...ids, ...data } as never,
    source: 'appointment',
    correlationId: 'c',
  }) as AnyEventEnvelope;

describe('planNotifications', () => {
  it('confirms a booking on every channel now and reminds 24 h before', () => {
    const plan = planNotifications(
      event('appointment.scheduled', {
        starts_at: '2026-11-25T09:00:00.000Z',
        ends_at: '2026-11-25T09:30:00.000Z',
      }),
      now,
    )!;
    expect(plan.patientId).toBe(ids.patient_id);
    expect(plan.notifications.map((n) => [n.kind, n.channel, n.dueAt.toISOString()])).toEqual([
      ['APPOINTMENT_CONFIRMED', 'EMAIL', now.toISOString()],
      ['APPOINTMENT_CONFIRMED', 'SMS', now.toISOString()],
      ['APPOINTMENT_CONFIRMED', 'IN_APP', now.toISOString()],
      ['APPOINTMENT_REMINDER', 'EMAIL', '2026-11-24T09:00:00.000Z'],
      ['APPOINTMENT_REMINDER', 'SMS', '2026-11-24T09:00:00.000Z'],
      ['APPOINTMENT_REMINDER', 'IN_APP', '2026-11-24T09:00:00.000Z'],
    ]);
  });

  it('sends no reminder for an appointment less than 24 h away', () => {
    const plan = planNotifications(
      event('appointment.scheduled', {
        starts_at: '2026-11-24T08:00:00.000Z',
        ends_at: '2026-11-24T08:30:00.000Z',
      }),
      now,
    )!;
    expect(plan.notifications.every((n) => n.kind === 'APPOINTMENT_CONFIRMED')).toBe(true);
  });

  it('calls off pending reminders when an appointment is cancelled or moved, and plans the new one', () => {
    const cancelled = planNotifications(
      event('appointment.cancelled', {
        starts_at: '2026-11-25T09:00:00.000Z',
        cancelled_by: 'PATIENT',
        cancelled_at: now.toISOString(),
      }),
      now,
    )!;
    expect(cancelled.cancelRemindersOf).toBe(ids.appointment_id);
    expect(new Set(cancelled.notifications.map((n) => n.kind))).toEqual(new Set(['APPOINTMENT_CANCELLED']));

    const moved = planNotifications(
      event('appointment.rescheduled', {
        previous_starts_at: '2026-11-25T09:00:00.000Z',
        starts_at: '2026-11-26T09:00:00.000Z',
        ends_at: '2026-11-26T09:30:00.000Z',
      }),
      now,
    )!;
    expect(moved.cancelRemindersOf).toBe(ids.appointment_id);
    expect(
      moved.notifications.filter((n) => n.kind === 'APPOINTMENT_REMINDER').map((n) => n.dueAt.toISOString()),
    ).toEqual(['2026-11-25T09:00:00.000Z', '2026-11-25T09:00:00.000Z', '2026-11-25T09:00:00.000Z']);
  });
});
