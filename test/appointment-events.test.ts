/**
 * The appointment subgraph's events reach their consumers: a booking through
 * the gateway is counted by analytics (`appointment.scheduled`), and none is
 * lost or counted twice while NATS is down.
 */
import { as, demo, ok, weekday } from './clinical';
import { expectNoEventLostDuringOutage, itWithOwnNats, waitFor } from './events';

const BOOK = /* GraphQL */ `
  mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { id status } }
`;

// A doctor and patient no other suite books for, weeks after anything seeded or booked elsewhere.
const doctorIndex = demo.doctors.length - 1;
const doctorId = demo.doctors[doctorIndex]!.id;
const patient = as.patient(demo.patients.length - 1);

async function totalAppointments(): Promise<number> {
  const data = await ok<{ doctor: { stats: { totalAppointments: number } } }>(
    'query($id: ID!) { doctor(id: $id) { stats { totalAppointments } } }', { id: doctorId }, as.admin());
  return data.doctor.stats.totalAppointments;
}

/** Free slots of the doctor in [from, to), none of them overlapping. */
async function freeSlots(from: Date, to: Date): Promise<{ startsAt: string; endsAt: string }[]> {
  const data = await ok<{ doctor: { availableSlots: { startsAt: string; endsAt: string }[] } }>(
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt endsAt } } }',
    { id: doctorId, from: from.toISOString(), to: to.toISOString() }, patient);
  return data.doctor.availableSlots;
}

async function book(slot: { startsAt: string; endsAt: string }, reason: string): Promise<void> {
  const minutes = (Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000;
  const { bookAppointment } = await ok<{ bookAppointment: { status: string } }>(
    BOOK, { input: { doctorId, startsAt: slot.startsAt, durationMinutes: minutes, reason } }, patient);
  expect(bookAppointment.status).toBe('SCHEDULED');
}

describe('appointment events', () => {
  it('a booking through the gateway is counted by analytics', async () => {
    const before = await totalAppointments();
    const [slot] = await freeSlots(weekday(28), weekday(35));
    await book(slot!, 'Counted by analytics');
    await waitFor('analytics to count the booking', totalAppointments, (n) => n === before + 1, 20_000);
  });

  itWithOwnNats('loses no booking event while NATS is down: 100 bookings, analytics counts exactly 100', async () => {
    const slots = (await freeSlots(weekday(35), weekday(63))).slice(0, 100);
    expect(slots).toHaveLength(100);
    await expectNoEventLostDuringOutage({
      count: 100,
      act: (i) => book(slots[i]!, `Booked during the outage #${i + 1}`),
      observed: totalAppointments,
    });
  }, 120_000);
});
