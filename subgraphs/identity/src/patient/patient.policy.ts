import { isAdmin } from '@telemed/subgraph-kit/authorization';
import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import type { Context } from '../context';
import type { Notification } from '../notifications/notification.entity';
import type { User } from '../user/user.entity';
import type { Patient } from './patient.entity';

/**
 * Who sees which identity records, on every path (root fields, nested fields,
 * `_entities`): a patient their own record, doctors and admins any patient
 * (care teams need names; narrowing doctors to their own patients needs the
 * appointment relation, see docs/trust-chain.md); an account only itself and admins;
 * a patient's in-app notifications only that patient and admins (doctors who
 * may read the Patient get an empty `notifications` list).
 */
export const identityPolicies = {
  Patient: definePolicy<Patient, Context>({
    canRead: (patient, { caller }) =>
      isAdmin(caller) || (caller?.roles.includes('DOCTOR') ?? false) || (caller?.patientId !== null && caller?.patientId === patient.id),
  }),
  Notification: definePolicy<Notification, Context>({
    canRead: (notification, { caller }) =>
      isAdmin(caller) || (caller?.patientId != null && caller.patientId === notification.patientId),
  }),
  User: definePolicy<User, Context>({
    canRead: (user, { caller }) => isAdmin(caller) || caller?.userId === user.id,
  }),
};
