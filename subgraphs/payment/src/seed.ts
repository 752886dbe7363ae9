import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { demoId } from '@telemed/demo-data/ids';
import { Payment } from './payment/payment.entity';
import { Refund } from './payment/refund.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(Payment)) return;
  const startOf = new Map(data.appointments.map((a) => [a.id, a.startsAt]));
  for (const p of data.payments) {
    const startsAt = startOf.get(p.appointmentId)!;
    const captured = p.status === 'COMPLETED' || p.status === 'REFUNDED';
    em.create(Payment, {
      id: p.id,
      appointmentId: p.appointmentId,
      patientId: p.patientId,
      amountCents: p.amountCents,
      currency: p.currency,
      status: p.status,
      createdAt: new Date(startsAt.getTime() - 86_400_000),
      capturedAt: captured ? new Date(startsAt.getTime() - 86_400_000) : null,
      failedAt: null,
      failureReason: null,
    });
    if (p.status === 'REFUNDED') {
      em.create(Refund, {
        id: demoId(`refund:${p.id}`),
        paymentId: p.id,
        amountCents: p.amountCents,
        currency: p.currency,
        reason: 'Appointment cancelled',
        createdAt: startsAt,
      });
    }
  }
  await em.flush();
}
