import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { requireRole } from '@telemed/subgraph-kit/authorization';
import { ConflictError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import { Appointment } from '../appointment/appointment.entity';
import { assertFitsSchedule, flushOrConflict, insertAppointment, lockDoctorCalendar } from '../booking/booking';
import type { Context } from '../context';
import { documentedChanges, recordConsultationUpdated, recordScheduled } from '../events/appointment-events';
import { sweepExpiredOffers } from '../waitlist/waitlist.service';
import { Consultation } from './consultation.entity';
import { ConsultationInput, type ConsultationDocumentation } from './consultation.inputs';
import { assertNotesEditable, changesNotes, recordNoteRevisions, type NoteChange } from './note-revisions';
import { assertDocumentable, assertMayMoveReferral, assertMayWriteConsultation } from './consultation.policy';
import { Prescription } from './prescription.entity';
import { Referral, REFERRAL_STATUSES, type ReferralStatus } from './referral.entity';
import { assertReferralMove } from './referral-status';
import { VitalSigns } from './vital-signs.entity';

const MINUTE_MS = 60_000;

export interface Documented {
  readonly consultation: Consultation;
  readonly followUp: Appointment | null;
}

/**
 * Adds documentation to an appointment's consultation, all or nothing: notes,
 * a vitals reading, prescriptions, referrals and a follow-up booked through
 * the one booking path. One transaction: if the follow-up's time is taken,
 * the notes are not saved either.
 */
export async function documentConsultation(ctx: Context, rawAppointmentId: string, raw: unknown): Promise<Documented> {
  requireRole(ctx.caller, 'DOCTOR');
  const appointmentId = parseId(rawAppointmentId, 'appointmentId');
  const now = new Date();
  const input = parseInput(ConsultationInput(now), raw);
  const current = await ctx.loaders.appointmentById.load(appointmentId);
  if (!current) throw new NotFoundError('Appointment', appointmentId);
  const doctor = assertMayWriteConsultation(ctx.caller, current);

  const followUp = input.followUp && {
    doctorId: current.doctorId,
    patientId: current.patientId,
    startsAt: input.followUp.startsAt,
    endsAt: new Date(input.followUp.startsAt.getTime() + input.followUp.durationMinutes * MINUTE_MS),
    reason: input.followUp.reason ?? 'Follow-up',
    followUpOfId: current.id,
  };
  if (followUp) await assertFitsSchedule(followUp.doctorId, followUp, ctx, ['input', 'followUp', 'startsAt']);

  return ctx.em.transactional(async (em) => {
    // Calendar lock first, then the row: the order every transaction here takes them in.
    await lockDoctorCalendar(em, current.doctorId);
    const appointment = (await em.findOne(Appointment, { id: appointmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
    assertDocumentable(appointment);
    const consultation = await em.findOne(Consultation, { appointment: appointmentId });
    if (!consultation) throw new ConflictError('This appointment has no consultation yet; start it first');

    // Notes are versioned: an edit while open writes the new version as a revision, a completed
    // consultation takes addenda only; nothing is overwritten without its previous wording kept.
    const editsNotes = !!input.notes && changesNotes(consultation, input.notes);
    if (input.notes) assertNotesEditable(appointment.status);
    applyDocumentation(em, consultation, input, doctor, now);
    const revisions: NoteChange[] = [...(editsNotes ? [{ kind: 'EDIT' as const }] : []), ...(input.addendum ? [{ kind: 'ADDENDUM' as const, addendum: input.addendum }] : [])];
    await recordNoteRevisions(em, consultation, revisions, { authorUserId: doctor.userId, at: now });
    consultation.updatedAt = now;
    ctx.audit.recordChange(em, 'UPDATE', 'Consultation', [consultation.id]);
    await flushOrConflict(em);
    let booked: Appointment | null = null;
    if (followUp) {
      await sweepExpiredOffers(em, followUp.doctorId, now, ctx);
      booked = await insertAppointment(em, followUp, { userId: doctor.userId, role: 'DOCTOR' }, now);
      ctx.audit.recordChange(em, 'CREATE', 'Appointment', [booked.id]);
      recordScheduled(em, booked, ctx);
    }
    recordConsultationUpdated(em, appointment, documentedChanges(input), now, ctx);
    return { consultation, followUp: booked };
  });
}

function applyDocumentation(
  em: EntityManager,
  consultation: Consultation,
  input: ConsultationDocumentation,
  doctor: { userId: string; doctorId: string },
  now: Date,
): void {
  if (input.notes) {
    for (const section of ['subjective', 'objective', 'assessment', 'plan'] as const) {
      const value = input.notes[section];
      if (value !== undefined) consultation[section] = value;
    }
  }
  if (input.vitals) em.create(VitalSigns, { id: crypto.randomUUID(), consultation, recordedAt: now, recordedBy: doctor.userId, ...input.vitals });
  // Lists read back oldest first; a millisecond apart, items written together keep the order they were given in.
  const nth = (i: number) => new Date(now.getTime() + i);
  (input.prescriptions ?? []).forEach((p, i) => {
    em.create(Prescription, { id: crypto.randomUUID(), consultation, ...p, prescribedAt: nth(i), prescribedBy: doctor.doctorId });
  });
  (input.referrals ?? []).forEach((r, i) => {
    em.create(Referral, { id: crypto.randomUUID(), consultation, fromDoctorId: doctor.doctorId, ...r, status: 'PENDING', createdAt: nth(i), updatedAt: nth(i) });
  });
}

/** Moves a referral on (`referral-status.ts`), as the policy allows. */
export async function updateReferralStatus(ctx: Context, rawId: string, status: string): Promise<Referral> {
  requireRole(ctx.caller, 'DOCTOR', 'ADMIN');
  const id = parseId(rawId);
  const to = status as ReferralStatus;
  if (!REFERRAL_STATUSES.includes(to)) throw new ConflictError(`Unknown referral status ${status}`);
  return ctx.em.transactional(async (em) => {
    const referral = await em.findOne(Referral, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!referral) throw new NotFoundError('Referral', id);
    assertMayMoveReferral(ctx.caller, referral, to);
    assertReferralMove(referral.status, to);
    referral.status = to;
    referral.updatedAt = new Date();
    ctx.audit.recordChange(em, 'UPDATE', 'Referral', [referral.id]);
    const consultation = await em.findOneOrFail(Consultation, { id: referral.consultation.id }, { populate: ['appointment'] });
    recordConsultationUpdated(em, consultation.appointment.getEntity(), ['REFERRALS'], referral.updatedAt, ctx);
    return referral;
  });
}
