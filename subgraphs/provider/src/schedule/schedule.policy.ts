import type { Caller } from '@telemed/subgraph-kit/context';
import { isAdmin, requireRole } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError } from '@telemed/subgraph-kit/errors';

/**
 * Who manages a doctor's calendar (working hours, time off): the doctor
 * themself and admins. Everyone may read working hours and when time off
 * falls (patients book against them); only these callers read why.
 */
export function assertCanManageSchedule(caller: Caller | null, doctorId: string): Caller {
  const known = requireRole(caller, 'DOCTOR', 'ADMIN');
  if (!isAdmin(known) && known.doctorId !== doctorId) {
    throw new ForbiddenError("Only the doctor or an admin may change this doctor's calendar");
  }
  return known;
}

export function canReadTimeOffReason(caller: Caller | null, doctorId: string): boolean {
  return isAdmin(caller) || (caller?.doctorId != null && caller.doctorId === doctorId);
}
