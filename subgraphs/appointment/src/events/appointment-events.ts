import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventOrigin } from '@telemed/subgraph-kit/events/record-event';
import type { Appointment } from '../appointment/appointment.entity';
import type { ActorRole } from '../appointment/appointment-transition.entity';
import type { ChangeAction } from '../appointment/appointment-lifecycle';
import type { ConsultationDocumentation } from '../consultation/consultation.inputs';
import type { WaitlistEntry } from '../waitlist/waitlist-entry.entity';

/**
 * The appointment subgraph's events, shaped as the catalogue
 * (`packages/event-bus/src/catalogue/`) defines them. Each is recorded inside
 * the command's transaction (docs/events.md), so it commits with the change.
 */

type ConsultationChange = 'NOTES' | 'VITALS' | 'PRESCRIPTIONS' | 'REFERRALS' | 'FOLLOW_UPS';

const parties = (a: Appointment) => ({ appointment_id: a.id, doctor_id: a.doctorId, patient_id: a.patientId });

export function recordScheduled(em: EntityManager, appointment: Appointment, origin: EventOrigin): void {
  recordEvent(
    em,
    'appointment.scheduled',
    {
      ...parties(appointment),
      starts_at: appointment.startsAt.toISOString(),
      ends_at: appointment.endsAt.toISOString(),
    },
    origin,
  );
}

/** Who cancelled, in the catalogue's terms: an admin acts for the clinic. */
const CANCELLED_BY: Record<ActorRole, 'PATIENT' | 'DOCTOR' | 'CLINIC'> = { PATIENT: 'PATIENT', DOCTOR: 'DOCTOR', ADMIN: 'CLINIC' };

/**
 * The event of a lifecycle change, if the catalogue has one: CANCEL,
 * RESCHEDULE, COMPLETE and MARK_NO_SHOW (as `appointment.completed` with
 * status NO_SHOW). CHECK_IN and START have none of their own; START opens the
 * consultation, which records `consultation.updated` (`recordConsultationUpdated`).
 */
export function recordLifecycleChange(
  em: EntityManager,
  appointment: Appointment,
  change: { action: ChangeAction; role: ActorRole; now: Date; previousStartsAt: Date; note: string | null },
  origin: EventOrigin,
): void {
  const at = change.now.toISOString();
  switch (change.action) {
    case 'CANCEL':
      recordEvent(
        em,
        'appointment.cancelled',
        {
          ...parties(appointment),
          starts_at: appointment.startsAt.toISOString(),
          cancelled_by: CANCELLED_BY[change.role],
          cancelled_at: at,
        },
        origin,
      );
      return;
    case 'RESCHEDULE':
      recordEvent(
        em,
        'appointment.rescheduled',
        {
          ...parties(appointment),
          previous_starts_at: change.previousStartsAt.toISOString(),
          starts_at: appointment.startsAt.toISOString(),
          ends_at: appointment.endsAt.toISOString(),
        },
        origin,
      );
      return;
    case 'COMPLETE':
    case 'MARK_NO_SHOW':
      recordEvent(
        em,
        'appointment.completed',
        {
          ...parties(appointment),
          starts_at: appointment.startsAt.toISOString(),
          status: change.action === 'COMPLETE' ? 'COMPLETED' : 'NO_SHOW',
          completed_at: at,
        },
        origin,
      );
      return;
    case 'CHECK_IN':
    case 'START':
      return;
  }
}

/** What a documentation changed, in the catalogue's terms (never the content). */
export function documentedChanges(input: ConsultationDocumentation): ConsultationChange[] {
  const changed: ConsultationChange[] = [];
  if (input.notes || input.addendum) changed.push('NOTES');
  if (input.vitals) changed.push('VITALS');
  if (input.prescriptions?.length) changed.push('PRESCRIPTIONS');
  if (input.referrals?.length) changed.push('REFERRALS');
  if (input.followUp) changed.push('FOLLOW_UPS');
  return changed;
}

export function recordConsultationUpdated(
  em: EntityManager,
  appointment: Pick<Appointment, 'id' | 'doctorId' | 'patientId'>,
  changed: readonly ConsultationChange[],
  now: Date,
  origin: EventOrigin,
): void {
  recordEvent(
    em,
    'consultation.updated',
    { appointment_id: appointment.id, doctor_id: appointment.doctorId, patient_id: appointment.patientId, changed: [...changed], updated_at: now.toISOString() },
    origin,
  );
}

export function recordWaitlistJoined(em: EntityManager, entry: WaitlistEntry, origin: EventOrigin): void {
  recordEvent(
    em,
    'waitlist.joined',
    {
      waitlist_entry_id: entry.id,
      patient_id: entry.patientId,
      doctor_id: entry.doctorId,
      earliest: entry.rangeStart.toISOString(),
      latest: entry.rangeEnd.toISOString(),
      joined_at: entry.createdAt.toISOString(),
    },
    origin,
  );
}

export function recordWaitlistOffered(em: EntityManager, entry: WaitlistEntry, origin: EventOrigin): void {
  recordEvent(
    em,
    'waitlist.offered',
    {
      waitlist_entry_id: entry.id,
      patient_id: entry.patientId,
      doctor_id: entry.doctorId,
      starts_at: entry.offerStartsAt!.toISOString(),
      ends_at: entry.offerEndsAt!.toISOString(),
      expires_at: entry.offerExpiresAt!.toISOString(),
    },
    origin,
  );
}
