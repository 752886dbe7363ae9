import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { AuditEntry } from './audit/audit-entry.entity';
import { Patient } from './patient/patient.entity';
import { User } from './user/user.entity';

export function createLoaders(em: EntityManager) {
  return {
    userById: loaderById(em, User),
    patientById: loaderById(em, Patient),
    patientsByUser: loaderManyBy(em, Patient, 'userId'),
    auditEntryById: loaderById(em, AuditEntry),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
