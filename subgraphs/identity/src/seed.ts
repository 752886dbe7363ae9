import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Patient } from './patient/patient.entity';
import { User } from './user/user.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(User)) return;
  const now = new Date();
  em.create(User, { id: data.admin.id, email: data.admin.email, role: 'ADMIN', createdAt: now });
  for (const d of data.doctors) em.create(User, { id: d.userId, email: d.email, role: 'DOCTOR', createdAt: now });
  data.patients.forEach((p, i) => {
    em.create(User, { id: p.userId, email: p.email, role: 'PATIENT', createdAt: now });
    // 555-01xx: numbers reserved for fiction, so a demo SMS can never reach a real phone.
    const phone = `+1555010${String(i).padStart(2, '0')}`;
    em.create(Patient, { id: p.id, userId: p.userId, name: p.name, dateOfBirth: p.dateOfBirth, phone, createdAt: now });
  });
  await em.flush();
}
