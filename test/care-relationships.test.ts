import { as, call, demo, ok, refusal, weekday } from './clinical';
import { gql, lastMailTo, login, tokenIn, uniqueEmail } from './accounts';
import { sql } from './events';
import { until } from './live';

/**
 * A doctor reads a patient while a booking between them stands; an
 * appointment cancelled before it took place leaves no lasting access
 * (docs/trust-chain.md#care-relationships).
 */
describe('care relationships end', () => {
  // A newly registered patient: no demo appointment, so no other basis relates them to the doctor.
  const pair = { d: demo.doctors.length - 4 };
  const doctor = demo.doctors[pair.d]!;
  const asDoctor = as.doctor(pair.d);
  const patient = { id: '' };
  let asPatient: Record<string, string> = {};

  beforeAll(async () => {
    const email = uniqueEmail('care');
    const password = 'care relationship test';
    await gql('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', { input: { email, password, name: 'Care Tester' } });
    await gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(await lastMailTo(email), 'Verification') });
    const { accessToken } = (await login(email, password)).body.data!.login.session!;
    asPatient = { authorization: `Bearer ${accessToken}` };
    patient.id = (await ok<{ me: { patient: { id: string } } }>('{ me { patient { id } } }', undefined, asPatient)).me.patient.id;
  });

  const PATIENT = 'query($id: ID!) { patient(id: $id) { id name } }';
  const LIST = '{ patients(first: 100) { id } }';
  const canRead = async () => {
    const body = await call<{ patient: { id: string } | null }>(PATIENT, { id: patient.id }, asDoctor);
    return !body.errors && body.data?.patient?.id === patient.id;
  };

  async function book(): Promise<string> {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(49).toISOString(), to: weekday(56).toISOString() },
      asPatient,
    );
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: { doctorId: doctor.id, startsAt: slots.doctor.availableSlots[0]!.startsAt } },
      asPatient,
    );
    return bookAppointment.id;
  }

  it('gives the doctor the patient while the booking stands, and takes it away when it is cancelled before it happened', async () => {
    expect(await canRead()).toBe(false);
    const appointmentId = await book();
    await until('the booking to reach identity’s care team', canRead);
    expect((await ok<{ patients: { id: string }[] }>(LIST, undefined, asDoctor)).patients.map((p) => p.id)).toContain(patient.id);

    await ok('mutation($id: ID!) { cancelAppointment(id: $id, reason: "Changed my mind") { status } }', { id: appointmentId }, asPatient);
    await until('the cancellation to end the care relationship', async () => !(await canRead()));
    expect(refusal(await call(PATIENT, { id: patient.id }, asDoctor)).code).toBe('FORBIDDEN');
    expect((await ok<{ patients: { id: string }[] }>(LIST, undefined, asDoctor)).patients.map((p) => p.id)).not.toContain(patient.id);
    // The patient still reads their own record; the appointment itself stays on the doctor's schedule.
    expect((await ok<{ patient: { id: string } }>(PATIENT, { id: patient.id }, asPatient)).patient.id).toBe(patient.id);
    const schedule = await ok<{ appointment: { id: string; status: string } }>('query($id: ID!) { appointment(id: $id) { id status } }', { id: appointmentId }, asDoctor);
    expect(schedule.appointment).toEqual({ id: appointmentId, status: 'CANCELLED' });
  });

  it('keeps access through another booking that still stands', async () => {
    const first = await book();
    const second = await book();
    await until('the bookings to reach identity’s care team', canRead);
    await ok('mutation($id: ID!) { cancelAppointment(id: $id) { status } }', { id: first }, asPatient);
    await until('the first cancellation processed by identity', async () => {
      const [row] = await sql<{ ended: boolean }>('identity', 'select ended_at is not null as ended from care_relationship where basis_id = $1', [first]);
      return row?.ended === true;
    });
    // The other booking still grants access.
    expect(await canRead()).toBe(true);
    await ok('mutation($id: ID!) { cancelAppointment(id: $id) { status } }', { id: second }, asPatient);
    await until('the last cancellation to end it', async () => !(await canRead()));
  });
});
