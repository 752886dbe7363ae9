import type { Caller } from '@telemed/subgraph-kit/context';
import { requireRole } from '@telemed/subgraph-kit/authorization';
import { ConflictError, ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { AppointmentFacts } from '../appointments/appointment.client';

/**
 * A review comes from the patient of a completed appointment, about that
 * appointment's doctor: so ratings reflect consultations that took place.
 */
export function assertCanReview(caller: Caller | null, appointment: AppointmentFacts): Caller {
  const patient = requireRole(caller, 'PATIENT');
  if (!patient.patientId || patient.patientId !== appointment.patientId) {
    throw new ForbiddenError('Only the patient of an appointment may review it');
  }
  if (appointment.status !== 'COMPLETED') {
    throw new ConflictError(`Only completed appointments can be reviewed; this one is ${appointment.status}`);
  }
  return patient;
}
