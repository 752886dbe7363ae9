import type { Caller } from '@telemed/auth/claims';
import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import { isAdmin } from '@telemed/subgraph-kit/authorization';
import type { Context } from '../context';
import type { Appointment } from './appointment.entity';

/**
 * The one place that says who sees which appointments: a patient their own,
 * a doctor their own, an admin all, anyone else none. The kit applies
 * `canRead` on every path (root fields, `Doctor.appointments`,
 * `Patient.appointments`, `_entities`) and audits every appointment read;
 * `appointmentScope` narrows list queries in SQL to the same set.
 */
export const appointmentPolicies = {
  Appointment: definePolicy<Appointment, Context>({
    canRead: (appointment, { caller }) => {
      const scope = appointmentScope(caller);
      return scope === 'all' || (scope !== 'none' && appointment[scope.column] === scope.id);
    },
    audited: true,
  }),
};

export type AppointmentScope = 'all' | 'none' | { readonly column: 'patientId' | 'doctorId'; readonly id: string };

export function appointmentScope(caller: Caller | null): AppointmentScope {
  if (!caller) return 'none';
  if (isAdmin(caller)) return 'all';
  if (caller.roles.includes('DOCTOR') && caller.doctorId) return { column: 'doctorId', id: caller.doctorId };
  if (caller.roles.includes('PATIENT') && caller.patientId) return { column: 'patientId', id: caller.patientId };
  return 'none';
}
