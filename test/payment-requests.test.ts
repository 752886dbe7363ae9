import { as, bookFirstFreeSlot, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, LIVE_TEST_TIMEOUT_MS, SUBSCRIBE_SETTLE_MS, sleep, until } from './live';

/**
 * A booking asks the patient to pay the doctor's fee (payment's
 * `payment-requests` consumer of `appointment.scheduled`, the fee asked of
 * provider), and cancelling the appointment calls the payment off, pushed to
 * `paymentStatusChanged` subscribers.
 */
afterAll(disposeClients);

interface AppointmentPayment {
  appointment: { payment: { id: string; status: string; amount: number; currency: string } | null };
}

describe('payments requested by bookings', () => {
  const patientIndex = 3;
  const doctor = demo.doctors[1]!;
  const patient = as.patient(patientIndex);

  it('requests the doctor’s fee when booked and cancels it with the appointment', async () => {
    const booked = await bookFirstFreeSlot(doctor.id, weekday(70), weekday(77), patient, 'Billed visit');
    const paymentOf = () =>
      ok<AppointmentPayment>('query($id: ID!) { appointment(id: $id) { payment { id status amount currency } } }', { id: booked.id }, patient);
    let requested = (await paymentOf()).appointment.payment;
    const deadline = Date.now() + 15_000;
    while (!requested && Date.now() < deadline) {
      await sleep(100);
      requested = (await paymentOf()).appointment.payment;
    }
    expect(requested).toEqual({ id: expect.any(String), status: 'PENDING', amount: doctor.feeCents, currency: 'USD' });

    const stream = collect<{ paymentStatusChanged: { id: string; status: string } }>(
      connect(patient),
      'subscription($id: ID!) { paymentStatusChanged(paymentId: $id) { id status } }',
      { id: requested!.id },
    );
    await sleep(SUBSCRIBE_SETTLE_MS);
    await ok('mutation($id: ID!) { cancelAppointment(id: $id, reason: "Feeling better") { status } }', { id: booked.id }, patient);
    await until('the cancelled payment to be pushed', () => stream.results.length > 0);
    expect(stream.results[0]).toEqual({ data: { paymentStatusChanged: { id: requested!.id, status: 'CANCELLED' } } });
    expect((await paymentOf()).appointment.payment).toMatchObject({ id: requested!.id, status: 'CANCELLED' });
    stream.unsubscribe();
  }, LIVE_TEST_TIMEOUT_MS);
});
