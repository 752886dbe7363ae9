import type { Caller } from '@telemed/auth/claims';
import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import { isAdmin, requireCaller, requireRole } from '@telemed/subgraph-kit/authorization';
import { BadUserInputError, ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import type { ActorRole } from './appointment-transition.entity';
import type { ChangeAction } from './appointment-lifecycle';
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

/** The people an appointment concerns. */
export interface Participants {
  readonly doctorId: string;
  readonly patientId: string;
}

// Who may do what to appointments: the lifecycle mutations, bookings, history.

/** The role `caller` has in `appointment`: its doctor, its patient, an admin, or none. */
export function roleIn(caller: Caller | null, appointment: Participants): ActorRole | null {
  if (!caller) return null;
  if (caller.roles.includes('DOCTOR') && caller.doctorId === appointment.doctorId) return 'DOCTOR';
  if (caller.roles.includes('PATIENT') && caller.patientId === appointment.patientId) return 'PATIENT';
  if (isAdmin(caller)) return 'ADMIN';
  return null;
}

const ACTORS: Record<ChangeAction, readonly ActorRole[]> = {
  RESCHEDULE: ['PATIENT', 'DOCTOR', 'ADMIN'],
  CANCEL: ['PATIENT', 'DOCTOR', 'ADMIN'],
  CHECK_IN: ['PATIENT', 'DOCTOR', 'ADMIN'],
  // Only the treating doctor runs the consultation itself.
  START: ['DOCTOR'],
  COMPLETE: ['DOCTOR'],
  MARK_NO_SHOW: ['DOCTOR', 'ADMIN'],
};

/** The caller and the role they act in, or UNAUTHENTICATED / FORBIDDEN. */
export function assertMayChange(caller: Caller | null, appointment: Participants, action: ChangeAction): { caller: Caller; role: ActorRole } {
  const known = requireCaller(caller);
  const role = roleIn(known, appointment);
  if (!role || !ACTORS[action].includes(role)) {
    const who = ACTORS[action].map((r) => (r === 'ADMIN' ? 'an admin' : `the appointment's ${r.toLowerCase()}`)).join(' or ');
    throw new ForbiddenError(`Only ${who} may ${action.toLowerCase().replace(/_/g, ' ')} this appointment`);
  }
  return { caller: known, role };
}

/** Reading an appointment's history: its patient, its doctor, admins. */
export function assertMayReadHistory(caller: Caller | null, appointment: Participants): void {
  if (!roleIn(requireCaller(caller), appointment)) throw new ForbiddenError("Only the appointment's patient or doctor or an admin may read its history");
}

/**
 * Who a new booking is for and in which role it is made: patients book for
 * themselves, admins for anyone (naming the patient). Doctors book through
 * a consultation's follow-up, where the patient is given.
 */
export function bookingFor(caller: Caller | null, patientId: string | null): { caller: Caller; role: ActorRole; patientId: string } {
  const known = requireRole(caller, 'PATIENT', 'ADMIN');
  if (isAdmin(known)) {
    if (!patientId) throw new BadUserInputError('"input.patientId" is required when an admin books', ['input', 'patientId']);
    return { caller: known, role: 'ADMIN', patientId };
  }
  if (!known.patientId) throw new ForbiddenError('Your account has no patient record to book for');
  if (patientId && patientId !== known.patientId) throw new ForbiddenError('Patients may only book for themselves');
  return { caller: known, role: 'PATIENT', patientId: known.patientId };
}

/**
 * The doctor and patient a list (appointments, waitlist entries) is confined
 * to: a patient's own records, a doctor's own, everything for admins.
 * FORBIDDEN when the filter asks for someone else's.
 */
export function ownRecordsScope(
  caller: Caller | null,
  filter: { doctorId: string | null; patientId: string | null },
  records: string,
): { doctorId: string | null; patientId: string | null } {
  const known = requireCaller(caller);
  if (isAdmin(known)) return filter;
  if (known.roles.includes('DOCTOR') && known.doctorId) {
    if (filter.doctorId && filter.doctorId !== known.doctorId) throw new ForbiddenError(`Doctors may only list their own ${records}`);
    return { doctorId: known.doctorId, patientId: filter.patientId };
  }
  if (known.roles.includes('PATIENT') && known.patientId) {
    if (filter.patientId && filter.patientId !== known.patientId) throw new ForbiddenError(`Patients may only list their own ${records}`);
    return { doctorId: filter.doctorId, patientId: known.patientId };
  }
  throw new ForbiddenError(`Only patients, doctors and admins may list ${records}`);
}
