import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { accessToken, as, bearer } from './auth';
import { gatewayUrl, gatewayUrls, graphql } from './stack';

/**
 * Live updates through the real gateway: graphql-ws in, the payment
 * subgraph's subscription fed by the outbox relay's NATS messages, and the
 * fields other subgraphs own (appointment, doctor) resolved per event.
 */
const PAYMENT_UPDATES = /* GraphQL */ `
  subscription PaymentUpdates($paymentId: ID!) {
    paymentStatusChanged(paymentId: $paymentId) {
      id
      status
      amount
      appointment { id doctor { name } }
    }
  }
`;

const demo = buildDemoDataset();
const clients: Client[] = [];

function connect(subject: Parameters<typeof accessToken>[0]): Client {
  return connectTo(gatewayUrl(), subject);
}

function connectTo(url: string, subject: Parameters<typeof accessToken>[0]): Client {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${accessToken(subject)}` },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

function collect(client: Client, variables: Record<string, unknown>) {
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  let error: unknown;
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve) => {
    unsubscribe = client.subscribe(
      { query: PAYMENT_UPDATES, variables },
      { next: (r) => void results.push(r), error: (e) => ((error = e), resolve()), complete: resolve },
    );
  });
  return { results, done, error: () => error, unsubscribe: () => unsubscribe() };
}

async function until(condition: () => boolean, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

afterAll(() => Promise.all(clients.map((c) => c.dispose())));

describe('paymentStatusChanged through the gateway', () => {
  // A pending payment of this week whose patient the demo knows.
  const pending = demo.payments.filter((p) => p.status === 'PENDING').at(-1)!;
  const patientIndex = demo.patients.findIndex((p) => p.id === pending.patientId);
  const appointment = demo.appointments.find((a) => a.id === pending.appointmentId)!;
  const doctor = demo.doctors.find((d) => d.id === appointment.doctorId)!;

  // Failing (not capturing) leaves revenue, which other suites assert on, untouched.
  it('pushes the status change to the paying patient with fields from three subgraphs', async () => {
    const stream = collect(connect(as.patient(patientIndex)), { paymentId: pending.id });
    // The subscription is open once the subgraph has it; give the hop a moment.
    await new Promise((r) => setTimeout(r, 500));
    const failed = await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { failPayment(paymentId: $id, reason: "Card expired") { status } }',
      { id: pending.id },
      bearer(as.admin),
    );
    expect(failed.body.errors).toBeUndefined();
    await until(() => stream.results.length > 0);
    expect(stream.results[0]).toEqual({
      data: {
        paymentStatusChanged: {
          id: pending.id,
          status: 'FAILED',
          amount: pending.amountCents,
          appointment: { id: appointment.id, doctor: { name: doctor.name } },
        },
      },
    });
    stream.unsubscribe();
  });

  it('refuses another patient’s payment', async () => {
    const other = (patientIndex + 1) % demo.patients.length;
    const stream = collect(connect(as.patient(other)), { paymentId: pending.id });
    await stream.done;
    expect(stream.results.at(-1)?.errors?.[0]).toMatchObject({ message: 'Not your payment', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('subscriptions across gateway replicas', () => {
  it('delivers every event once to subscribers on each gateway', async () => {
    const pending = demo.payments.filter((p) => p.status === 'PENDING').at(-2)!;
    const patientIndex = demo.patients.findIndex((p) => p.id === pending.patientId);
    const [first, second] = gatewayUrls();
    const streams = [first!, second!].map((url) => collect(connectTo(url, as.patient(patientIndex)), { paymentId: pending.id }));
    await new Promise((r) => setTimeout(r, 500));
    const failed = await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { failPayment(paymentId: $id, reason: "Card declined") { status } }',
      { id: pending.id },
      bearer(as.admin),
    );
    expect(failed.body.errors).toBeUndefined();
    await until(() => streams.every((s) => s.results.length > 0));
    // Long enough for a duplicate to show up if there were one.
    await new Promise((r) => setTimeout(r, 500));
    for (const stream of streams) {
      expect(stream.results).toEqual([
        expect.objectContaining({ data: { paymentStatusChanged: expect.objectContaining({ id: pending.id, status: 'FAILED' }) } }),
      ]);
      stream.unsubscribe();
    }
  });
});
