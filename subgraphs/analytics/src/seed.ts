import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { AppointmentFact } from './stats/appointment-fact.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(AppointmentFact)) return;
  const paid = new Map(data.payments.filter((p) => p.status === 'COMPLETED').map((p) => [p.appointmentId, p.amountCents]));
  for (const a of data.appointments) {
    em.create(AppointmentFact, {
      appointmentId: a.id,
      doctorId: a.doctorId,
      patientId: a.patientId,
      status: a.status,
      startsAt: a.startsAt,
      amountCents: paid.get(a.id) ?? 0,
      updatedAt: new Date(),
    });
  }
  await em.flush();
}
