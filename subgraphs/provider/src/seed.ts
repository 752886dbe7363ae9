import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Clinic } from './clinic/clinic.entity';
import { Doctor } from './doctor/doctor.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(Clinic)) return;
  for (const c of data.clinics) em.create(Clinic, { id: c.id, name: c.name, city: c.city, createdAt: new Date() });
  for (const d of data.doctors) {
    em.create(Doctor, {
      id: d.id,
      userId: d.userId,
      name: d.name,
      specialty: d.specialty,
      languages: d.languages,
      bio: d.bio,
      feeCents: d.feeCents,
      currency: 'USD',
      clinic: d.clinicId,
      createdAt: new Date(),
    });
  }
  await em.flush();
}
