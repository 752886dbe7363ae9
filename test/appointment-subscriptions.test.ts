import { bearer } from './auth';
import { as, bookFirstFreeSlot, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, LIVE_TEST_TIMEOUT_MS, NOTHING_MORE_MS, sleep, SUBSCRIBE_SETTLE_MS, until, type LiveStream } from './live';

/**
 * appointmentChanged through the real gateway: the appointment subgraph's
 * subscription fed by appointment.* events, filtered to the caller's own
 * schedule or appointments, with the doctor (provider) and patient
 * (identity) resolved per event.
 */
const CHANGES = /* GraphQL */ `
  subscription Changes {
    appointmentChanged { id status startsAt doctor { id name } patient { id name } }
  }
`;

interface Changed {
  appointmentChanged: { id: string; status: string; startsAt: string; doctor: { id: string; name: string }; patient: { id: string; name: string } };
}

/** What a stream got about `appointmentId`, as `status` in order. */
const about = (stream: LiveStream<Changed>, appointmentId: string) =>
  stream.results.filter((r) => r.data?.appointmentChanged.id === appointmentId).map((r) => r.data!.appointmentChanged.status);

afterAll(disposeClients);

describe('appointmentChanged through the gateway', () => {
  // Doctors and patients booked together by no other suite, seven weeks ahead.
  const doctorA = { doctor: demo.doctors[1]!, headers: as.doctor(1) };
  const doctorB = { doctor: demo.doctors[3]!, headers: as.doctor(3) };
  const patientA = { patient: demo.patients[7]!, headers: as.patient(7) };
  const patientB = { patient: demo.patients[8]!, headers: as.patient(8) };

  it('pushes bookings and cancellations to the appointment’s doctor and patient only, with doctor and patient resolved', async () => {
    const [docA, docB, patA, patB, admin] = [doctorA.headers, doctorB.headers, patientA.headers, patientB.headers, as.admin()].map((h) =>
      collect<Changed>(connect(h), CHANGES)) as [LiveStream<Changed>, LiveStream<Changed>, LiveStream<Changed>, LiveStream<Changed>, LiveStream<Changed>];
    await sleep(SUBSCRIBE_SETTLE_MS);

    const a = await bookFirstFreeSlot(doctorA.doctor.id, weekday(49), weekday(56), patientA.headers, 'Followed live');
    const b = await bookFirstFreeSlot(doctorB.doctor.id, weekday(49), weekday(56), patientB.headers, 'Followed live too');
    await ok('mutation($id: ID!) { cancelAppointment(id: $id, reason: "Feeling better") { status } }', { id: a.id }, patientA.headers);

    await until('the booking and cancellation of A, the booking of B', () =>
      about(docA, a.id).length === 2 && about(patA, a.id).length === 2 && about(docB, b.id).length === 1 && about(patB, b.id).length === 1 &&
      about(admin, a.id).length === 2 && about(admin, b.id).length === 1);
    // Their own arrived; give a leak the time to show before looking for one.
    await sleep(NOTHING_MORE_MS);

    for (const stream of [docA, patA]) expect(about(stream, a.id)).toEqual(['SCHEDULED', 'CANCELLED']);
    for (const stream of [docB, patB]) expect(about(stream, b.id)).toEqual(['SCHEDULED']);
    for (const stream of [docA, patA]) expect(about(stream, b.id)).toEqual([]);
    for (const stream of [docB, patB]) expect(about(stream, a.id)).toEqual([]);
    // Admins follow every appointment.
    expect([about(admin, a.id), about(admin, b.id)]).toEqual([['SCHEDULED', 'CANCELLED'], ['SCHEDULED']]);
    admin.unsubscribe();

    // Nested fields from provider and identity, per event.
    expect(docA.results.find((r) => r.data?.appointmentChanged.id === a.id)).toEqual({
      data: {
        appointmentChanged: {
          id: a.id,
          status: 'SCHEDULED',
          startsAt: a.startsAt,
          doctor: { id: doctorA.doctor.id, name: doctorA.doctor.name },
          patient: { id: patientA.patient.id, name: patientA.patient.name },
        },
      },
    });
    // Whatever else arrived (other suites' in-flight events) is the subscriber's own.
    for (const [stream, own] of [
      [docA, (c: Changed['appointmentChanged']) => c.doctor.id === doctorA.doctor.id],
      [docB, (c: Changed['appointmentChanged']) => c.doctor.id === doctorB.doctor.id],
      [patA, (c: Changed['appointmentChanged']) => c.patient.id === patientA.patient.id],
      [patB, (c: Changed['appointmentChanged']) => c.patient.id === patientB.patient.id],
    ] as const) {
      // A leak past the filter would show as a refusal (the appointment policy) or as another's appointment.
      expect(stream.results.filter((r) => r.errors !== undefined)).toEqual([]);
      expect(stream.results.map((r) => r.data!.appointmentChanged).filter((c) => !own(c))).toEqual([]);
      stream.unsubscribe();
    }
  }, LIVE_TEST_TIMEOUT_MS);

  it('refuses a caller with no appointments of their own (a partner) with FORBIDDEN', async () => {
    const partner = bearer({ userId: demo.admin.id, roles: ['PARTNER'], scopes: ['doctors:read'] });
    const stream = collect<Changed>(connect(partner), CHANGES);
    await stream.done;
    expect(stream.results).toHaveLength(1);
    expect(stream.results[0]!.errors?.[0]).toMatchObject({
      message: 'Only doctors, patients and admins have appointments to follow',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
