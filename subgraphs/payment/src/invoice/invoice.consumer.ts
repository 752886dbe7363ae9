import { randomUUID } from 'node:crypto';
import { defineConsumer } from '@telemed/subgraph-kit/events/consumer-definition';
import { latestPaymentOf } from '../payment/latest-payment';
import { Invoice } from './invoice.entity';

/**
 * Opens an invoice when a consultation is completed. Idempotent twice over:
 * the kit skips an event it has processed, and an appointment already
 * invoiced (a replay, a second completion event) is left alone.
 */
export const invoicing = defineConsumer({
  name: 'payment-invoicing',
  on: {
    'appointment.completed': async ({ data }, { em, logger }) => {
      if (data.status !== 'COMPLETED') return;
      if (await em.count(Invoice, { appointmentId: data.appointment_id })) return;
      const payment = await latestPaymentOf(em, data.appointment_id);
      const invoice = em.create(Invoice, {
        id: randomUUID(),
        appointmentId: data.appointment_id,
        patientId: data.patient_id,
        paymentId: payment?.id ?? null,
        amountCents: payment?.amountCents ?? 0,
        currency: payment?.currency ?? 'USD',
        status: payment?.status === 'COMPLETED' ? 'PAID' : 'OPEN',
        issuedAt: new Date(),
      });
      logger.info(
        { invoiceId: invoice.id, appointmentId: data.appointment_id, status: invoice.status },
        'invoice opened',
      );
    },
  },
});
