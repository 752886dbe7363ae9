import { buildDemoDataset } from '@telemed/demo-data/dataset';
import type { AccessTokenSubject } from '@telemed/auth/access-token';
import { as, bearer } from './auth';
import { collect, connect, disposeClients, until } from './live';
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
afterAll(disposeClients);

/** paymentStatusChanged for `paymentId` as `subject`, through the gateway at `url`. */
const paymentUpdates = (subject: AccessTokenSubject, paymentId: string, url = gatewayUrl()) =>
  collect(connect(bearer(subject), url), PAYMENT_UPDATES, { paymentId });

describe('paymentStatusChanged through the gateway', () => {
  // A pending payment of this week whose patient the demo knows.
  const pending = demo.payments.filter((p) => p.status === 'PENDING').at(-1)!;
  const patientIndex = demo.patients.findIndex((p) => p.id === pending.patientId);
  const appointment = demo.appointments.find((a) => a.id === pending.appointmentId)!;
  const doctor = demo.doctors.find((d) => d.id === appointment.doctorId)!;

  // Failing (not capturing) leaves revenue, which other suites assert on, untouched.
  it('pushes the status change to the paying patient with fields from three subgraphs', async () => {
    const stream = paymentUpdates(as.patient(patientIndex), pending.id);
    // The subscription is open once the subgraph has it; give the hop a moment.
    await new Promise((r) => setTimeout(r, 500));
    const failed = await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { failPayment(paymentId: $id, reason: "Card expired") { status } }',
      { id: pending.id },
      bearer(as.admin),
    );
    expect(failed.body.errors).toBeUndefined();
    await until('the status change', () => stream.results.length > 0);
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
    const stream = paymentUpdates(as.patient(other), pending.id);
    await stream.done;
    expect(stream.results.at(-1)?.errors?.[0]).toMatchObject({ message: 'Not your payment', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('subscriptions across gateway replicas', () => {
  it('delivers every event once to subscribers on each gateway', async () => {
    const pending = demo.payments.filter((p) => p.status === 'PENDING').at(-2)!;
    const patientIndex = demo.patients.findIndex((p) => p.id === pending.patientId);
    const [first, second] = gatewayUrls();
    const streams = [first!, second!].map((url) => paymentUpdates(as.patient(patientIndex), pending.id, url));
    await new Promise((r) => setTimeout(r, 500));
    const failed = await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { failPayment(paymentId: $id, reason: "Card declined") { status } }',
      { id: pending.id },
      bearer(as.admin),
    );
    expect(failed.body.errors).toBeUndefined();
    await until('the status change on both gateways', () => streams.every((s) => s.results.length > 0));
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
