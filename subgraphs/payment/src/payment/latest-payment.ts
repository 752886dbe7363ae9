import type { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from './payment.entity';

/**
 * An appointment's current payment: its latest attempt, as `Appointment.payment`
 * shows it (the `paymentsByAppointment` loader orders the same way).
 */
export function latestPaymentOf(em: EntityManager, appointmentId: string): Promise<Payment | null> {
  return em.findOne(Payment, { appointmentId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}
