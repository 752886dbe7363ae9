import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { DEMO_API_KEY, DEMO_API_KEY_SCOPES, DEMO_PARTNER, DEMO_PASSWORDS } from '@telemed/demo-data/demo-logins';
import { demoId } from '@telemed/demo-data/ids';
import { ApiKey } from './api-key/api-key.entity';
import { hashToken } from './auth/opaque-token';
import { hashPassword } from './auth/passwords';
import { CareRelationship } from './care-team/care-relationship.entity';
import { Patient } from './patient/patient.entity';
import { User, type Role } from './user/user.entity';

/** Demo accounts, all verified, with one known password per role, and the demo partner's API key. */
export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(User)) return;
  const now = new Date();
  // One argon2 hash per role: hashing is deliberately slow.
  const hashes = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_PASSWORDS).map(async ([role, password]) => [role, await hashPassword(password)])),
  ) as Record<Role, string>;
  const account = (id: string, email: string, role: Role) =>
    em.create(User, { id, email, role, passwordHash: hashes[role], emailVerifiedAt: now, createdAt: now });
  account(data.admin.id, data.admin.email, 'ADMIN');
  account(DEMO_PARTNER.id, DEMO_PARTNER.email, 'PARTNER');
  for (const d of data.doctors) account(d.userId, d.email, 'DOCTOR');
  for (const p of data.patients) {
    account(p.userId, p.email, 'PATIENT');
  }
  data.patients.forEach((p, i) => {
    // 555-01xx: numbers reserved for fiction, so a demo SMS can never reach a real phone.
    const phone = `+1555010${String(i).padStart(2, '0')}`;
    em.create(Patient, { id: p.id, userId: p.userId, name: p.name, dateOfBirth: p.dateOfBirth, phone, createdAt: now });
  });
  // What identity would have learnt from the demo appointments' events: a cancelled one is an ended basis.
  for (const a of data.appointments) {
    const endedAt = a.status === 'CANCELLED' ? now : null;
    em.create(CareRelationship, { basisId: a.id, basis: 'APPOINTMENT', doctorId: a.doctorId, patientId: a.patientId, since: now, endedAt });
  }
  em.create(ApiKey, {
    id: demoId('api-key:demo-partner'),
    name: 'Demo partner',
    prefix: DEMO_API_KEY.slice(0, 10),
    secretHash: hashToken(DEMO_API_KEY),
    scopes: DEMO_API_KEY_SCOPES,
    createdBy: data.admin.id,
    createdAt: now,
    // Roomier than a new key's default, so demos and scripts do not trip over it.
    quotaPerMinute: 600,
    quotaPerDay: 100_000,
  });
  await em.flush();
}
