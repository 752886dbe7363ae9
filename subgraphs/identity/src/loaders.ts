import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { AuditEntry } from './audit/audit-entry.entity';
import { caresFor } from './care-team/care-relationships';
import { Notification } from './notifications/notification.entity';
import { notificationsByPatient } from './notifications/notification.loaders';
import { Patient } from './patient/patient.entity';
import { User } from './user/user.entity';

export function createLoaders(em: EntityManager) {
  return {
    userById: loaderById(em, User),
    patientById: loaderById(em, Patient),
    patientsByUser: loaderManyBy(em, Patient, 'userId'),
    auditEntryById: loaderById(em, AuditEntry),
    notificationById: loaderById(em, Notification),
    notificationsByPatient: notificationsByPatient(em),
    caresFor: caresFor(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
