import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Appointment } from './appointment/appointment.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(Appointment)) return;
  for (const a of data.appointments) {
    em.create(Appointment, {
      id: a.id,
      doctorId: a.doctorId,
      patientId: a.patientId,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      reason: a.reason,
      createdAt: new Date(),
    });
  }
  await em.flush();
}
