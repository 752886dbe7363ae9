import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Payment } from './payment/payment.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(Payment)) return;
  const startOf = new Map(data.appointments.map((a) => [a.id, a.startsAt]));
  for (const p of data.payments) {
    em.create(Payment, {
      id: p.id,
      appointmentId: p.appointmentId,
      patientId: p.patientId,
      amountCents: p.amountCents,
      currency: p.currency,
      status: p.status,
      createdAt: new Date(startOf.get(p.appointmentId)!.getTime() - 86_400_000),
    });
  }
  await em.flush();
}
