import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import type { Caller } from '@telemed/subgraph-kit/context';
import { isAdmin, requireCaller, requireRole } from '@telemed/subgraph-kit/authorization';
import { ConflictError, ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { Appointment } from '../appointment/appointment.entity';
import type { Context } from '../context';
import type { Consultation } from './consultation.entity';
import type { Referral, ReferralStatus } from './referral.entity';

/**
 * Who may see and write consultation documentation (protected health
 * information), in one place:
 * - the treating doctor (caller.doctorId = appointment.doctorId, role DOCTOR) reads and writes;
 * - the patient (caller.patientId = appointment.patientId) reads;
 * - admins read;
 * - nobody else, not even other doctors of the same clinic.
 * The kit applies `consultationPolicies` on every path to a Consultation
 * (`Query.consultation`, `Appointment.consultation`, `_entities`) and audits
 * every consultation read; writes are audited by the service.
 */

type Participants = Pick<Appointment, 'doctorId' | 'patientId'>;

function isTreatingDoctor(caller: Caller | null, appointment: Participants): boolean {
  return !!caller && caller.roles.includes('DOCTOR') && caller.doctorId !== null && caller.doctorId === appointment.doctorId;
}

export function canReadConsultation(caller: Caller | null, appointment: Participants): boolean {
  if (!caller) return false;
  return isTreatingDoctor(caller, appointment) || (caller.patientId !== null && caller.patientId === appointment.patientId) || isAdmin(caller);
}

export const consultationPolicies = {
  Consultation: definePolicy<Consultation, Context>({
    canRead: async (consultation, { caller, loaders }) => {
      // The appointment is usually in the identity map already (the consultation was reached through it).
      const ref = consultation.appointment;
      const appointment = ref.isInitialized() ? ref.getEntity() : await loaders.appointmentById.load(ref.id);
      return !!appointment && canReadConsultation(caller, appointment);
    },
    audited: true,
  }),
};

export function assertMayReadConsultation(caller: Caller | null, appointment: Participants): void {
  requireCaller(caller);
  if (!canReadConsultation(caller, appointment)) {
    throw new ForbiddenError('Only the treating doctor, the patient or an admin may read this consultation');
  }
}

/** Writing: the treating doctor only. Returns the doctor. */
export function assertMayWriteConsultation(caller: Caller | null, appointment: Participants): Caller & { doctorId: string } {
  const doctor = requireRole(caller, 'DOCTOR');
  if (!isTreatingDoctor(doctor, appointment)) throw new ForbiddenError('Only the treating doctor may document this consultation');
  return doctor as Caller & { doctorId: string };
}

/** Documentation is written while the consultation runs and after it (to finish notes); never before it starts. */
export function assertDocumentable(appointment: Pick<Appointment, 'status'>): void {
  if (appointment.status !== 'IN_PROGRESS' && appointment.status !== 'COMPLETED') {
    throw new ConflictError(`Cannot document an appointment that is ${appointment.status}; start it first`, { status: appointment.status });
  }
}

/**
 * Moving a referral on: the referred-to doctor accepts, declines or
 * completes it (admins route referrals to a specialty); the referring doctor
 * cancels it; admins may do either.
 */
export function assertMayMoveReferral(caller: Caller | null, referral: Referral, to: ReferralStatus): Caller {
  const known = requireRole(caller, 'DOCTOR', 'ADMIN');
  if (isAdmin(known)) return known;
  if (to === 'CANCELLED') {
    if (known.doctorId !== referral.fromDoctorId) throw new ForbiddenError('Only the referring doctor or an admin may cancel a referral');
  } else if (!referral.toDoctorId || known.doctorId !== referral.toDoctorId) {
    throw new ForbiddenError('Only the doctor referred to or an admin may accept, decline or complete a referral');
  }
  return known;
}
