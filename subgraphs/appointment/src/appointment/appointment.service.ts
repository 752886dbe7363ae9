import { LockMode } from '@mikro-orm/core';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { requireCaller } from '@telemed/subgraph-kit/authorization';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import { assertFitsSchedule, assertNotHeldForOthers, flushOrConflict, insertAppointment, lockDoctorCalendar, recordTransition } from '../booking/booking';
import { BookAppointmentInput, Note, RescheduleAppointmentInput } from '../booking/booking.inputs';
import { Consultation } from '../consultation/consultation.entity';
import type { Context } from '../context';
import { recordConsultationUpdated, recordLifecycleChange, recordScheduled } from '../events/appointment-events';
import { offerFreedSlot, sweepExpiredOffers } from '../waitlist/waitlist.service';
import { Appointment } from './appointment.entity';
import { nextStatus, type ChangeAction } from './appointment-lifecycle';
import { assertMayChange, bookingFor } from './appointment.policy';

/**
 * Appointment commands. Each one's whole effect (the appointment, its
 * transition, a consultation opened, a waitlist offer) is one
 * `em.transactional` callback, so it is saved entirely or not at all, and
 * its event (`events/appointment-events.ts`) is recorded in the outbox inside it.
 */

const MINUTE_MS = 60_000;

export async function bookAppointment(ctx: Context, raw: unknown): Promise<Appointment> {
  requireCaller(ctx.caller);
  const now = new Date();
  const input = parseInput(BookAppointmentInput(now), raw);
  const who = bookingFor(ctx.caller, input.patientId);
  const slot = {
    doctorId: input.doctorId,
    patientId: who.patientId,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE_MS),
    reason: input.reason,
  };
  await assertFitsSchedule(slot.doctorId, slot, ctx, ['input', 'startsAt']);
  return ctx.em.transactional(async (em) => {
    await lockDoctorCalendar(em, slot.doctorId);
    await sweepExpiredOffers(em, slot.doctorId, now, ctx);
    const appointment = await insertAppointment(em, slot, { userId: who.caller.userId, role: who.role }, now);
    ctx.audit.recordChange(em, 'CREATE', 'Appointment', [appointment.id]);
    recordScheduled(em, appointment, ctx);
    return appointment;
  });
}

/** What a change needs beyond the action: a new time for RESCHEDULE, a note for any. */
interface ChangeDetails {
  readonly reschedule?: unknown;
  readonly note?: string | null;
}

/** Moves an appointment through the lifecycle (`appointment-lifecycle.ts`) and records who did it when. */
export async function changeAppointment(ctx: Context, rawId: string, action: ChangeAction, details: ChangeDetails = {}): Promise<Appointment> {
  const id = parseId(rawId);
  const current = await ctx.loaders.appointmentById.load(id);
  if (!current) throw new NotFoundError('Appointment', id);
  const { caller, role } = assertMayChange(ctx.caller, current, action);
  // Refuse an impossible move before asking provider anything; checked again under the lock.
  nextStatus(current.status, action, { now: new Date(), startsAt: current.startsAt });
  const note = parseInput(Note, details.note, 'reason');

  let newTime: { startsAt: Date; endsAt: Date; note: string | null } | null = null;
  if (action === 'RESCHEDULE') {
    const input = parseInput(RescheduleAppointmentInput(new Date()), details.reschedule);
    const minutes = input.durationMinutes ?? (current.endsAt.getTime() - current.startsAt.getTime()) / MINUTE_MS;
    newTime = { startsAt: input.startsAt, endsAt: new Date(input.startsAt.getTime() + minutes * MINUTE_MS), note: input.note };
    await assertFitsSchedule(current.doctorId, newTime, ctx, ['input', 'startsAt']);
  }

  return ctx.em.transactional(async (em) => {
    await lockDoctorCalendar(em, current.doctorId);
    const appointment = (await em.findOne(Appointment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
    const now = new Date();
    const fromStatus = appointment.status;
    appointment.status = nextStatus(fromStatus, action, { now, startsAt: appointment.startsAt });
    const freed = { doctorId: appointment.doctorId, startsAt: appointment.startsAt, endsAt: appointment.endsAt };
    const actor = { userId: caller.userId, role };
    await sweepExpiredOffers(em, appointment.doctorId, now, ctx);

    if (newTime) {
      await assertNotHeldForOthers(em, { ...appointment, ...newTime }, now);
      appointment.startsAt = newTime.startsAt;
      appointment.endsAt = newTime.endsAt;
    }
    if (action === 'START') {
      const consultation = em.create(Consultation, { id: crypto.randomUUID(), appointment, startedAt: now, updatedAt: now });
      ctx.audit.recordChange(em, 'CREATE', 'Consultation', [consultation.id]);
      // Opening the record is its first change: live views of the consultation start here.
      recordConsultationUpdated(em, appointment, ['NOTES'], now, ctx);
    }
    ctx.audit.recordChange(em, 'UPDATE', 'Appointment', [appointment.id]);
    appointment.updatedAt = now;
    recordTransition(em, appointment, { action, fromStatus, actor, now, previousStartsAt: newTime ? freed.startsAt : null, note: newTime?.note ?? note });
    await flushOrConflict(em);
    // The time a cancellation or a move gives up goes to the waitlist.
    if (action === 'CANCEL' || action === 'RESCHEDULE') await offerFreedSlot(em, freed, now, appointment.patientId, ctx);
    recordLifecycleChange(em, appointment, { action, role, now, previousStartsAt: freed.startsAt, note }, ctx);
    return appointment;
  });
}
