import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Patient } from './patient/patient.entity';
import { User } from './user/user.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(User)) return;
  const now = new Date();
  em.create(User, { id: data.admin.id, email: data.admin.email, role: 'ADMIN', createdAt: now });
  for (const d of data.doctors) em.create(User, { id: d.userId, email: d.email, role: 'DOCTOR', createdAt: now });
  for (const p of data.patients) {
    em.create(User, { id: p.userId, email: p.email, role: 'PATIENT', createdAt: now });
    em.create(Patient, { id: p.id, userId: p.userId, name: p.name, dateOfBirth: p.dateOfBirth, createdAt: now });
  }
  await em.flush();
}
