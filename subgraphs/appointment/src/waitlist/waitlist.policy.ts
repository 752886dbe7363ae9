import { definePolicy } from '@telemed/subgraph-kit/access-policy';
import type { Caller } from '@telemed/subgraph-kit/context';
import { isAdmin, requireCaller, requireRole } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import type { WaitlistEntry } from './waitlist-entry.entity';

/** Who sees which waitlist entries, on every path (root fields, `_entities`): see `canRead`. */
export const waitlistPolicies = {
  WaitlistEntry: definePolicy<WaitlistEntry, Context>({
    canRead: (entry, { caller }) => canRead(caller, entry),
  }),
};

/** Joining: a patient, for themself. */
export function assertMayJoin(caller: Caller | null): Caller & { patientId: string } {
  const patient = requireRole(caller, 'PATIENT');
  if (!patient.patientId) throw new ForbiddenError('Your account has no patient record');
  return patient as Caller & { patientId: string };
}

/** Claiming an offer: only the patient it is held for. */
export function assertMayClaim(caller: Caller | null, entry: WaitlistEntry): Caller {
  const patient = requireRole(caller, 'PATIENT');
  if (patient.patientId !== entry.patientId) throw new ForbiddenError('Only the patient an offer is held for may claim it');
  return patient;
}

/** Leaving: the patient, or an admin on their behalf. */
export function assertMayLeave(caller: Caller | null, entry: WaitlistEntry): Caller {
  const known = requireCaller(caller);
  if (!isAdmin(known) && known.patientId !== entry.patientId) throw new ForbiddenError('Only the patient or an admin may take an entry off the waitlist');
  return known;
}

/** Reading an entry: its patient, its doctor, admins. */
export function canRead(caller: Caller | null, entry: Pick<WaitlistEntry, 'doctorId' | 'patientId'>): boolean {
  if (!caller) return false;
  return isAdmin(caller) || caller.patientId === entry.patientId || (caller.doctorId !== null && caller.doctorId === entry.doctorId);
}
