import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { Payment } from './payment/payment.entity';

export function createLoaders(em: EntityManager) {
  return {
    paymentById: loaderById(em, Payment),
    // Newest first: an appointment's current payment is the latest attempt.
    paymentsByAppointment: loaderManyBy(em, Payment, 'appointmentId', { createdAt: 'desc', id: 'desc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
