import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { defineConsumer, type EventContext } from '@telemed/subgraph-kit/events/consumer-definition';
import { recordEvent } from '@telemed/subgraph-kit/events/record-event';
import { fetchDoctorFee } from './doctor-fee.client';
import { latestPaymentOf } from './latest-payment';
import { nextStatus } from './payment-transitions';
import { Payment } from './payment.entity';

/**
 * A booking asks the patient to pay the doctor's fee: a PENDING payment, at
 * the fee provider lists when the booking is processed. A replay, or a booking
 * already paid for, creates nothing.
 */
async function requestPayment(event: EventEnvelope<'appointment.scheduled'>, { em, services, logger }: EventContext): Promise<void> {
  const { appointment_id: appointmentId, doctor_id: doctorId, patient_id: patientId } = event.data;
  if (await latestPaymentOf(em, appointmentId)) return;
  const fee = await fetchDoctorFee(services, doctorId, event.correlation_id);
  // Appointment checked the doctor when booking; an unknown one here is not a booking to bill.
  if (!fee) return void logger.warn({ appointmentId, doctorId }, 'no payment requested: provider does not know the doctor');
  const payment = em.create(Payment, {
    id: randomUUID(),
    appointmentId,
    patientId,
    amountCents: fee.feeCents,
    currency: fee.currency,
    status: 'PENDING',
    createdAt: new Date(),
    capturedAt: null,
    failedAt: null,
    failureReason: null,
  });
  logger.info({ paymentId: payment.id, appointmentId, amountCents: fee.feeCents }, 'payment requested');
}

/**
 * A cancelled appointment calls off its payment while no money has moved
 * (PENDING → CANCELLED, `payment.cancelled`). A captured payment is left as
 * it is: giving money back is an admin's decision (`refundPayment`).
 */
async function cancelPayment(event: EventEnvelope<'appointment.cancelled'>, { em, origin, logger }: EventContext): Promise<void> {
  const payment = await latestPaymentOf(em, event.data.appointment_id);
  if (!payment) return;
  if (payment.status !== 'PENDING') {
    if (payment.status === 'COMPLETED') logger.warn({ paymentId: payment.id }, 'appointment cancelled after payment; an admin decides on a refund');
    return;
  }
  payment.status = nextStatus(payment.id, payment.status, 'cancel');
  const cancelledAt = new Date();
  recordEvent(
    em,
    'payment.cancelled',
    {
      payment_id: payment.id,
      appointment_id: payment.appointmentId,
      patient_id: payment.patientId,
      amount_cents: payment.amountCents,
      currency: payment.currency,
      reason: 'Appointment cancelled',
      cancelled_at: cancelledAt.toISOString(),
    },
    origin,
  );
  logger.info({ paymentId: payment.id }, 'payment cancelled with its appointment');
}

/**
 * One consumer for both, so an appointment's booking and cancellation are
 * handled in the order they happened (events of one aggregate keep their order
 * within a consumer).
 */
export const paymentRequests = defineConsumer({
  name: 'payment-requests',
  on: {
    'appointment.scheduled': requestPayment,
    'appointment.cancelled': cancelPayment,
  },
});
