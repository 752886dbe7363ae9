import { isAdmin } from '@telemed/subgraph-kit/authorization';
import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import type { Context } from '../context';
import type { Notification } from '../notifications/notification.entity';
import type { User } from '../user/user.entity';
import type { Patient } from './patient.entity';

/**
 * Who sees which identity records, on every path (root fields, nested fields,
 * `_entities`): a patient their own record, admins any patient, a doctor the
 * patients they care for (booked or offered a slot with them, as appointment
 * and waitlist events told identity: `care-team/`); an account only itself and admins;
 * a patient's in-app notifications only that patient and admins (doctors who
 * may read the Patient get an empty `notifications` list).
 */
export const identityPolicies = {
  Patient: definePolicy<Patient, Context>({
    canRead: async (patient, { caller, loaders }) => {
      if (isAdmin(caller) || (caller?.patientId != null && caller.patientId === patient.id)) return true;
      if (!caller?.roles.includes('DOCTOR') || !caller.doctorId) return false;
      return loaders.caresFor.load({ doctorId: caller.doctorId, patientId: patient.id });
    },
  }),
  Notification: definePolicy<Notification, Context>({
    canRead: (notification, { caller }) =>
      isAdmin(caller) || (caller?.patientId != null && caller.patientId === notification.patientId),
  }),
  User: definePolicy<User, Context>({
    canRead: (user, { caller }) => isAdmin(caller) || caller?.userId === user.id,
  }),
};
