import { randomUUID } from 'node:crypto';
import { as, bearer } from '../../../test/auth';
import { fetchEntities } from '../../../test/entities';
import { connectTestBus, testEvent, waitFor } from '../../../test/events';
import { gatewayUrl, graphql } from '../../../test/stack';
import { insertPendingPayments } from './fixtures';

type Invoiced = { invoice: { status: string; amount: number; payment: { id: string } | null } | null };

const invoiceOf = async (appointmentId: string) =>
  (
    await fetchEntities<Invoiced>(
      'payment',
      'Appointment',
      [appointmentId],
      'invoice { status amount payment { id } }',
    )
  ).entities[0]!.invoice;

describe('invoices from completed consultations', () => {
  // Not a demo doctor: analytics counts these events too, and the demo doctors' stats are asserted elsewhere.
  const doctor = { id: randomUUID() };
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  const completed = (
    appointmentId: string,
    patientId: string,
    status: 'COMPLETED' | 'NO_SHOW' = 'COMPLETED',
  ) =>
    testEvent('appointment.completed', {
      appointment_id: appointmentId,
      doctor_id: doctor.id,
      patient_id: patientId,
      starts_at: new Date(Date.now() - 3_600_000).toISOString(),
      status,
      completed_at: new Date().toISOString(),
    });

  it('opens one PAID invoice for a consultation whose payment was captured, however often completion is announced', async () => {
    const [payment] = await insertPendingPayments(1, 9_000);
    await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { capturePayment(paymentId: $id) { status } }',
      { id: payment!.id },
      bearer(as.admin),
    );
    await bus.publisher.publish(completed(payment!.appointmentId, payment!.patientId));
    await bus.publisher.publish(completed(payment!.appointmentId, payment!.patientId));
    const invoice = await waitFor(
      'the invoice',
      () => invoiceOf(payment!.appointmentId),
      (i) => i !== null,
    );
    expect(invoice).toEqual({ status: 'PAID', amount: 9_000, payment: { id: payment!.id } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { entities } = await fetchEntities<{ id: string }>('payment', 'Invoice', [], 'id');
    expect(entities).toEqual([]);
  });

  it('opens an OPEN invoice when the payment is still pending, and none for a no-show', async () => {
    const [payment] = await insertPendingPayments(1, 4_000);
    await bus.publisher.publish(completed(payment!.appointmentId, payment!.patientId));
    expect(
      await waitFor(
        'the invoice',
        () => invoiceOf(payment!.appointmentId),
        (i) => i !== null,
      ),
    ).toMatchObject({ status: 'OPEN', amount: 4_000 });

    // The patient it bills and admins see it; another patient gets FORBIDDEN, a doctor too.
    const owner = { userId: randomUUID(), roles: ['PATIENT' as const], patientId: payment!.patientId };
    const other = { userId: randomUUID(), roles: ['PATIENT' as const], patientId: randomUUID() };
    const asCaller = (caller: typeof owner | ReturnType<typeof as.doctor>) =>
      fetchEntities<Invoiced>(
        'payment',
        'Appointment',
        [payment!.appointmentId],
        'invoice { status }',
        undefined,
        { caller },
      );
    expect((await asCaller(owner)).entities[0]!.invoice).toEqual({ status: 'OPEN' });
    for (const caller of [other, as.doctor()]) {
      const { entities, errors } = await asCaller(caller);
      expect(entities[0]!.invoice).toBeNull();
      expect(errors[0]).toMatchObject({
        path: ['_entities', 0, 'invoice'],
        extensions: { code: 'FORBIDDEN' },
      });
    }

    const noShow = randomUUID();
    await bus.publisher.publish(completed(noShow, payment!.patientId, 'NO_SHOW'));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await invoiceOf(noShow)).toBeNull();
  });
});
