import { randomUUID } from 'node:crypto';
import type { EventType } from '@telemed/event-bus/catalogue/index';
import { fetchEntities } from '../../../test/entities';
import { connectTestBus, testEvent, waitFor } from '../../../test/events';

interface Stats {
  totalAppointments: number;
  completedConsultations: number;
  cancellations: number;
  noShows: number;
  completionRate: number | null;
  noShowRate: number | null;
  revenueCents: number;
}

/**
 * The appointment consumers, fed with catalogued appointment events through
 * the real bus (the booking mutations that will publish them are on their
 * way); a doctor no other test uses keeps the numbers exact.
 */
describe('analytics read models from appointment events', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  const doctorId = randomUUID();
  const statsOf = async () =>
    (
      await fetchEntities<{ stats: Stats }>(
        'analytics',
        'Doctor',
        [doctorId],
        'stats { totalAppointments completedConsultations cancellations noShows completionRate noShowRate revenueCents }',
      )
    ).entities[0]!.stats;

  const booking = () => {
    const startsAt = new Date(Date.now() + 86_400_000);
    return {
      appointment_id: randomUUID(),
      doctor_id: doctorId,
      patient_id: randomUUID(),
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + 1_800_000).toISOString(),
    };
  };

  // completed and cancelled carry no end time.
  const withoutEnd = ({ ends_at: _end, ...rest }: ReturnType<typeof booking>) => rest;

  const publish = <T extends EventType>(...events: ReturnType<typeof testEvent<T>>[]) =>
    events.reduce(
      (chain, event) => chain.then(() => bus.publisher.publish(event).then(() => undefined)),
      Promise.resolve(),
    );

  it('counts appointments per doctor, completion and no-show rates, and revenue from payment events', async () => {
    const [a, b, c, d] = [booking(), booking(), booking(), booking()];
    const now = new Date().toISOString();
    await publish(
      ...[a, b, c, d].map((x) => testEvent('appointment.scheduled', x)),
      testEvent('appointment.completed', { ...withoutEnd(a), status: 'COMPLETED', completed_at: now }),
      testEvent('appointment.completed', { ...withoutEnd(b), status: 'NO_SHOW', completed_at: now }),
      testEvent('appointment.cancelled', { ...withoutEnd(c), cancelled_by: 'PATIENT', cancelled_at: now }),
      testEvent('appointment.rescheduled', {
        ...d,
        previous_starts_at: d.starts_at,
        starts_at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      }),
      testEvent('payment.completed', {
        payment_id: randomUUID(),
        appointment_id: a.appointment_id,
        patient_id: a.patient_id,
        amount_cents: 6_000,
        currency: 'USD',
        captured_at: now,
      }),
    );
    const stats = await waitFor(
      'the read model',
      statsOf,
      (s) => s.revenueCents === 6_000 && s.cancellations === 1,
    );
    expect(stats).toEqual({
      totalAppointments: 4,
      completedConsultations: 1,
      cancellations: 1,
      noShows: 1,
      completionRate: 0.5,
      noShowRate: 0.5,
      revenueCents: 6_000,
    });
  });

  it('does not let a late appointment.scheduled undo a completion', async () => {
    const e = booking();
    const scheduledEvent = testEvent('appointment.scheduled', e);
    await publish(
      scheduledEvent,
      testEvent('appointment.completed', {
        ...withoutEnd(e),
        status: 'COMPLETED',
        completed_at: new Date().toISOString(),
      }),
    );
    await waitFor('the completion', statsOf, (s) => s.completedConsultations === 2);
    // The same booking announced again, past de-duplication, as a replay would.
    await bus.publisher.publish({ ...scheduledEvent, event_id: randomUUID() });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await statsOf()).completedConsultations).toBe(2);
  });
});
