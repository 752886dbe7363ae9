import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { AppointmentFact } from './stats/appointment-fact.entity';
import { PaymentFact } from './stats/payment-fact.entity';

/** The read models as the demo world's events would have built them. */
export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(AppointmentFact)) return;
  const startOf = new Map(data.appointments.map((a) => [a.id, a.startsAt]));
  for (const a of data.appointments) {
    em.create(AppointmentFact, {
      appointmentId: a.id,
      doctorId: a.doctorId,
      patientId: a.patientId,
      status: a.status,
      startsAt: a.startsAt,
      updatedAt: new Date(),
    });
  }
  for (const p of data.payments) {
    if (p.status === 'PENDING') continue;
    const capturedAt = new Date(startOf.get(p.appointmentId)!.getTime() - 86_400_000);
    em.create(PaymentFact, {
      paymentId: p.id,
      appointmentId: p.appointmentId,
      amountCents: p.amountCents,
      currency: p.currency,
      status: p.status,
      capturedAt,
      failedAt: null,
      refundedAt: p.status === 'REFUNDED' ? startOf.get(p.appointmentId)! : null,
    });
  }
  await em.flush();
}
