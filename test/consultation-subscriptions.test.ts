import type { Client } from 'graphql-ws';
import { sampleSum } from '@telemed/devstack/prometheus';
import { as, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, until } from './live';
import { appointmentReplicaUrl, gatewayUrls, subgraphUrl } from './stack';

/**
 * consultationUpdated through the real gateway: graphql-ws in, the
 * appointment subgraph's subscription fed by consultation.updated events,
 * and per event the doctor and clinic resolved from provider and the
 * payment from payment, each for the subscriber who asked.
 */
const CONSULTATION_UPDATES = /* GraphQL */ `
  subscription ConsultationUpdates($appointmentId: ID!) {
    consultationUpdated(appointmentId: $appointmentId) {
      vitals { heartRateBpm temperatureCelsius }
      appointment { id doctor { name clinic { name } } payment { status amount } }
    }
  }
`;

afterAll(disposeClients);

/** consultationUpdated for `appointmentId` on `client`. */
const updates = (client: Client, appointmentId: string) => collect(client, CONSULTATION_UPDATES, { appointmentId });

describe('consultationUpdated through the gateway', () => {
  // A doctor and patient no other suite books for together, weeks ahead.
  const doctorIndex = demo.doctors.length - 2;
  const patientIndex = demo.patients.length - 2;
  const doctorHeaders = as.doctor(doctorIndex);
  const patientHeaders = as.patient(patientIndex);
  const doctor = demo.doctors[doctorIndex]!;
  let appointmentId: string;

  beforeAll(async () => {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(21).toISOString(), to: weekday(28).toISOString() }, patientHeaders);
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: { doctorId: doctor.id, startsAt: slots.doctor.availableSlots[0]!.startsAt, reason: 'Live consultation' } }, patientHeaders);
    appointmentId = bookAppointment.id;
    // The booking's payment is requested by an event consumer: wait for it, so every update carries it.
    const deadline = Date.now() + 15_000;
    const paymentOf = () => ok<{ appointment: { payment: unknown } }>('query($id: ID!) { appointment(id: $id) { payment { id } } }', { id: appointmentId }, patientHeaders);
    while (!(await paymentOf()).appointment.payment && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await ok('mutation($id: ID!) { checkInAppointment(id: $id) { status } }', { id: appointmentId }, patientHeaders);
    await ok('mutation($id: ID!) { startAppointment(id: $id) { status } }', { id: appointmentId }, doctorHeaders);
  });

  it('pushes a vitals update to the doctor and the patient, with the doctor and clinic from provider and the payment from payment', async () => {
    const streams = [updates(connect(doctorHeaders), appointmentId), updates(connect(patientHeaders), appointmentId)];
    // The subscriptions are open once the subgraph has them; give the hop a moment.
    await new Promise((r) => setTimeout(r, 500));
    await ok(
      'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { id } }',
      { id: appointmentId, input: { vitals: { heartRateBpm: 88, temperatureCelsius: 37.9 } } },
      doctorHeaders,
    );
    // The start's own consultation.updated (empty vitals) may still be on its way: wait for the vitals.
    const withVitals = (s: (typeof streams)[number]) =>
      s.results.find((r) => ((r.data?.consultationUpdated as { vitals?: unknown[] } | undefined)?.vitals?.length ?? 0) > 0);
    await until('the vitals on both streams', () => streams.every((s) => withVitals(s) !== undefined));
    const clinic = demo.clinics.find((c) => c.id === doctor.clinicId)!;
    const update = (payment: unknown) => ({
      consultationUpdated: {
        vitals: [{ heartRateBpm: 88, temperatureCelsius: 37.9 }],
        appointment: { id: appointmentId, doctor: { name: doctor.name, clinic: { name: clinic.name } }, payment },
      },
    });
    const [toDoctor, toPatient] = streams.map(withVitals);
    // The patient sees what they pay; payment refuses the doctor that field (payments are the payer's and admins'), the rest still arrives.
    expect(toPatient).toEqual({ data: update({ status: 'PENDING', amount: doctor.feeCents }) });
    expect(toDoctor?.data).toEqual(update(null));
    expect(toDoctor?.errors).toEqual([
      expect.objectContaining({ path: ['consultationUpdated', 'appointment', 'payment'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    for (const stream of streams) stream.unsubscribe();
  });

  it('delivers each update once on both gateways, served by both appointment processes', async () => {
    const [first, second] = gatewayUrls();
    const streams = [updates(connect(doctorHeaders, first!), appointmentId), updates(connect(patientHeaders, second!), appointmentId)];
    // The second gateway routes to the second appointment process: each process serves one of them.
    const open = async (url: string) =>
      sampleSum(await (await fetch(new URL('/metrics', url))).text(), 'graphql_subscriptions_active', {});
    await until('both appointment processes to serve a subscriber', async () => (await open(subgraphUrl('appointment'))) >= 1 && (await open(appointmentReplicaUrl())) >= 1);
    await ok(
      'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { id } }',
      { id: appointmentId, input: { vitals: { heartRateBpm: 91, temperatureCelsius: 36.8 } } },
      doctorHeaders,
    );
    const with91 = (s: (typeof streams)[number]) =>
      s.results.filter((r) => (r.data?.consultationUpdated as { vitals?: { heartRateBpm: number }[] } | undefined)?.vitals?.some((v) => v.heartRateBpm === 91));
    await until('the update on both gateways', () => streams.every((s) => with91(s).length > 0));
    // Long enough for a duplicate to show up if there were one.
    await new Promise((r) => setTimeout(r, 500));
    for (const stream of streams) {
      expect(with91(stream)).toHaveLength(1);
      stream.unsubscribe();
    }
  });

  it('refuses another patient', async () => {
    const stream = updates(connect(as.patient((patientIndex + 1) % demo.patients.length)), appointmentId);
    await stream.done;
    expect(stream.results.at(-1)?.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
