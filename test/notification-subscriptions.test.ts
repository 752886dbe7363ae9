import { as, bookFirstFreeSlot, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, LIVE_TEST_TIMEOUT_MS, NOTHING_MORE_MS, sleep, SUBSCRIBE_SETTLE_MS, until, type LiveStream } from './live';

/**
 * notificationReceived through the real gateway: a booking's
 * appointment.scheduled is planned into an in-app confirmation by identity's
 * consumer, the dispatcher creates the row and records notification.created
 * through the outbox, and identity's subscription pushes the row as stored,
 * with the appointment (appointment subgraph) and its doctor (provider) per event.
 */
const NOTIFICATIONS = /* GraphQL */ `
  subscription Notifications {
    notificationReceived {
      id kind title body createdAt readAt
      appointment { id startsAt patient { id } doctor { name } }
    }
  }
`;

interface Received {
  notificationReceived: {
    id: string;
    kind: string;
    title: string;
    body: string;
    createdAt: string;
    readAt: string | null;
    appointment: { id: string; startsAt: string; patient: { id: string }; doctor: { name: string } } | null;
  };
}

const about = (stream: LiveStream<Received>, appointmentId: string) =>
  stream.results.filter((r) => r.data?.notificationReceived.appointment?.id === appointmentId);

afterAll(disposeClients);

describe('notificationReceived through the gateway', () => {
  // Patients and doctors booked together by no other suite, six weeks ahead.
  const [mine, theirs] = [5, 6].map((i) => ({ index: i, patient: demo.patients[i]!, headers: as.patient(i) }));
  const [myDoctor, theirDoctor] = [demo.doctors[1]!, demo.doctors[3]!];

  it('pushes a patient the confirmation of their booking, and only their own notifications', async () => {
    const streams = [mine!, theirs!].map((p) => collect<Received>(connect(p.headers), NOTIFICATIONS));
    const [myStream, theirStream] = streams as [LiveStream<Received>, LiveStream<Received>];
    await sleep(SUBSCRIBE_SETTLE_MS);

    const myBooking = await bookFirstFreeSlot(myDoctor.id, weekday(42), weekday(49), mine!.headers, 'Notified live');
    const theirBooking = await bookFirstFreeSlot(theirDoctor.id, weekday(42), weekday(49), theirs!.headers, 'Notified live too');
    await until('each patient’s confirmation', () => about(myStream, myBooking.id).length > 0 && about(theirStream, theirBooking.id).length > 0);
    // Each got theirs; give a leak the time to show before looking for one.
    await sleep(NOTHING_MORE_MS);

    const [pushed] = about(myStream, myBooking.id);
    // The row as stored, read back through the query patients already use.
    const stored = await ok<{ patient: { notifications: Omit<Received['notificationReceived'], 'appointment'>[] } }>(
      'query($id: ID!) { patient(id: $id) { notifications(first: 50) { id kind title body createdAt readAt } } }',
      { id: mine!.patient.id }, mine!.headers);
    const row = stored.patient.notifications.find((n) => n.id === pushed!.data!.notificationReceived.id);
    expect(row).toMatchObject({ kind: 'APPOINTMENT_CONFIRMED', title: 'Appointment confirmed', readAt: null });
    expect(pushed).toEqual({
      data: {
        notificationReceived: {
          ...row,
          appointment: { id: myBooking.id, startsAt: myBooking.startsAt, patient: { id: mine!.patient.id }, doctor: { name: myDoctor.name } },
        },
      },
    });
    // One confirmation, once; nothing of the other patient's (other suites' bookings may notify them too, always their own).
    expect(about(myStream, myBooking.id)).toHaveLength(1);
    expect(about(theirStream, theirBooking.id)).toHaveLength(1);
    expect(about(myStream, theirBooking.id)).toEqual([]);
    expect(about(theirStream, myBooking.id)).toEqual([]);
    for (const [stream, p] of [[myStream, mine!], [theirStream, theirs!]] as const) {
      // A leak past the filter would show as a refusal (the Notification policy) or as another's appointment.
      expect(stream.results.filter((r) => r.errors !== undefined)).toEqual([]);
      const others = stream.results.filter((r) => (r.data!.notificationReceived.appointment?.patient.id ?? p.patient.id) !== p.patient.id);
      expect(others).toEqual([]);
      stream.unsubscribe();
    }
    // Jest's 5 s default (projects do not inherit `testTimeout`) is too short for booking, planning, dispatch and two waits.
  }, LIVE_TEST_TIMEOUT_MS);

  it.each([
    ['a doctor', () => as.doctor(1)],
    ['an admin', () => as.admin()],
  ])('refuses %s (no patient profile, no notifications of their own) with FORBIDDEN', async (_who, headers) => {
    const stream = collect<Received>(connect(headers()), NOTIFICATIONS);
    await stream.done;
    expect(stream.results).toHaveLength(1);
    expect(stream.results[0]!.errors?.[0]).toMatchObject({ message: 'Only patients receive notifications', extensions: { code: 'FORBIDDEN' } });
  });
});
