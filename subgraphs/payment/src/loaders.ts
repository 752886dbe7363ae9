import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import DataLoader from 'dataloader';
import { Invoice } from './invoice/invoice.entity';
import { Payment } from './payment/payment.entity';
import { Refund } from './payment/refund.entity';

export function createLoaders(em: EntityManager) {
  const refundsByPayment = loaderManyBy(em, Refund, 'paymentId');
  return {
    paymentById: loaderById(em, Payment),
    // Newest first: an appointment's current payment is the latest attempt.
    paymentsByAppointment: loaderManyBy(em, Payment, 'appointmentId', { createdAt: 'desc', id: 'desc' }),
    invoiceById: loaderById(em, Invoice),
    invoicesByAppointment: loaderManyBy(em, Invoice, 'appointmentId'),
    refundByPayment: new DataLoader<string, Refund | null>(async (ids) =>
      (await refundsByPayment.loadMany(ids)).map((rows) => (Array.isArray(rows) ? (rows[0] ?? null) : null)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
