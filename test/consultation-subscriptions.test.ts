import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { as, demo, ok, weekday } from './clinical';
import { sampleSum } from '@telemed/devstack/prometheus';
import { appointmentReplicaUrl, gatewayUrl, gatewayUrls, subgraphUrl } from './stack';

/**
 * consultationUpdated through the real gateway: graphql-ws in, the
 * appointment subgraph's subscription fed by consultation.updated events,
 * and the doctor and clinic resolved from provider per event.
 */
const CONSULTATION_UPDATES = /* GraphQL */ `
  subscription ConsultationUpdates($appointmentId: ID!) {
    consultationUpdated(appointmentId: $appointmentId) {
      vitals { heartRateBpm temperatureCelsius }
      appointment { id doctor { name clinic { name } } }
    }
  }
`;

const WITH_PAYMENT = /* GraphQL */ `
  subscription ConsultationPayment($appointmentId: ID!) {
    consultationUpdated(appointmentId: $appointmentId) {
      appointment { id payment { id status amount } }
    }
  }
`;

const clients: Client[] = [];

function connect(authorization: Record<string, string>, url = gatewayUrl()): Client {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: authorization.authorization ?? authorization.Authorization },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

function collect(client: Client, variables: Record<string, unknown>, query = CONSULTATION_UPDATES) {
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve) => {
    unsubscribe = client.subscribe({ query, variables }, { next: (r) => void results.push(r), error: () => resolve(), complete: resolve });
  });
  return { results, done, unsubscribe: () => unsubscribe() };
}

async function until(condition: () => boolean | Promise<boolean>, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

afterAll(() => Promise.all(clients.map((c) => c.dispose())));

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
    await ok('mutation($id: ID!) { checkInAppointment(id: $id) { status } }', { id: appointmentId }, patientHeaders);
    await ok('mutation($id: ID!) { startAppointment(id: $id) { status } }', { id: appointmentId }, doctorHeaders);
  });

  it('pushes a vitals update to the doctor and the patient, with the doctor and clinic from provider', async () => {
    const streams = [collect(connect(doctorHeaders), { appointmentId }), collect(connect(patientHeaders), { appointmentId })];
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
    await until(() => streams.every((s) => withVitals(s) !== undefined));
    const clinic = demo.clinics.find((c) => c.id === doctor.clinicId)!;
    for (const stream of streams) {
      expect(withVitals(stream)).toEqual({
        data: {
          consultationUpdated: {
            vitals: [{ heartRateBpm: 88, temperatureCelsius: 37.9 }],
            appointment: { id: appointmentId, doctor: { name: doctor.name, clinic: { name: clinic.name } } },
          },
        },
      });
      stream.unsubscribe();
    }
  });

  it('fills the appointment’s payment from the payment subgraph on every update', async () => {
    // A seeded appointment still to come, with its PENDING payment; the other suites' pending payments are the last two.
    const payment = demo.payments.filter((p) => p.status === 'PENDING').at(-3)!;
    const seeded = demo.appointments.find((a) => a.id === payment.appointmentId)!;
    expect(seeded.status).toBe('SCHEDULED');
    const doctorOf = as.doctor(demo.doctors.findIndex((d) => d.id === seeded.doctorId));
    const patientOf = as.patient(demo.patients.findIndex((p) => p.id === seeded.patientId));
    await ok('mutation($id: ID!) { checkInAppointment(id: $id) { status } }', { id: seeded.id }, patientOf);
    await ok('mutation($id: ID!) { startAppointment(id: $id) { status } }', { id: seeded.id }, doctorOf);
    const stream = collect(connect(patientOf), { appointmentId: seeded.id }, WITH_PAYMENT);
    await new Promise((r) => setTimeout(r, 500));
    await ok(
      'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { id } }',
      { id: seeded.id, input: { vitals: { heartRateBpm: 72 } } },
      doctorOf,
    );
    await until(() => stream.results.length > 0);
    expect(stream.results[0]).toEqual({
      data: { consultationUpdated: { appointment: { id: seeded.id, payment: { id: payment.id, status: 'PENDING', amount: expect.any(Number) } } } },
    });
    stream.unsubscribe();
  });

  it('delivers each update once on both gateways, served by both appointment processes', async () => {
    const [first, second] = gatewayUrls();
    const streams = [collect(connect(doctorHeaders, first!), { appointmentId }), collect(connect(patientHeaders, second!), { appointmentId })];
    // The second gateway routes to the second appointment process: each process serves one of them.
    const open = async (url: string) =>
      sampleSum(await (await fetch(new URL('/metrics', url))).text(), 'graphql_subscriptions_active', {});
    await until(async () => (await open(subgraphUrl('appointment'))) >= 1 && (await open(appointmentReplicaUrl())) >= 1);
    await ok(
      'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { id } }',
      { id: appointmentId, input: { vitals: { heartRateBpm: 91, temperatureCelsius: 36.8 } } },
      doctorHeaders,
    );
    const with91 = (s: (typeof streams)[number]) =>
      s.results.filter((r) => (r.data?.consultationUpdated as { vitals?: { heartRateBpm: number }[] } | undefined)?.vitals?.some((v) => v.heartRateBpm === 91));
    await until(() => streams.every((s) => with91(s).length > 0));
    // Long enough for a duplicate to show up if there were one.
    await new Promise((r) => setTimeout(r, 500));
    for (const stream of streams) {
      expect(with91(stream)).toHaveLength(1);
      stream.unsubscribe();
    }
  });

  it('refuses another patient', async () => {
    const stream = collect(connect(as.patient((patientIndex + 1) % demo.patients.length)), { appointmentId });
    await stream.done;
    expect(stream.results.at(-1)?.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
