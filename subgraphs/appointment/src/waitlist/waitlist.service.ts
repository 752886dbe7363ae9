import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { ConflictError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import { Appointment } from '../appointment/appointment.entity';
import type { Interval } from '../availability/schedule';
import { assertFitsSchedule, insertAppointment, lockDoctorCalendar } from '../booking/booking';
import type { EventOrigin } from '@telemed/subgraph-kit/events/record-event';
import type { Context } from '../context';
import { recordScheduled, recordWaitlistJoined, recordWaitlistOffered } from '../events/appointment-events';
import { fetchDoctorSchedule } from '../provider/working-hours.client';
import { WaitlistEntry } from './waitlist-entry.entity';
import { JoinWaitlistInput } from './waitlist.inputs';
import { assertMayClaim, assertMayJoin, assertMayLeave } from './waitlist.policy';
import { effectiveStatus, offerExpiry } from './waitlist-status';

/**
 * The waitlist: patients wait for a doctor within a date range; a slot freed
 * by a cancellation or a reschedule is held for the first in line for 15
 * minutes. Offers lapse by the clock (`effectiveStatus`); the sweep that
 * stores the lapse and passes the slot on runs at the start of every
 * transaction that touches the doctor's calendar, under its lock, so no
 * background job is needed.
 *
 * Every function taking an `em` runs inside the caller's transaction, after
 * `lockDoctorCalendar` for the doctor concerned.
 */

/** Offers a freed slot to the first patient in line whose range contains its start, if it is still free. */
export async function offerFreedSlot(
  em: EntityManager,
  slot: Interval & { doctorId: string },
  now: Date,
  exceptPatientId: string | null,
  origin: EventOrigin,
): Promise<WaitlistEntry | null> {
  if (slot.startsAt <= now) return null;
  const overlapping = { startsAt: { $lt: slot.endsAt }, endsAt: { $gt: slot.startsAt } };
  if (await em.count(Appointment, { doctorId: slot.doctorId, status: { $nin: ['CANCELLED', 'NO_SHOW'] }, ...overlapping })) return null;
  const held = await em.count(WaitlistEntry, {
    doctorId: slot.doctorId,
    status: 'OFFERED',
    offerExpiresAt: { $gt: now },
    offerStartsAt: { $lt: slot.endsAt },
    offerEndsAt: { $gt: slot.startsAt },
  });
  if (held) return null;
  const next = await em.findOne(
    WaitlistEntry,
    {
      doctorId: slot.doctorId,
      status: 'WAITING',
      rangeStart: { $lte: slot.startsAt },
      rangeEnd: { $gt: slot.startsAt },
      ...(exceptPatientId ? { patientId: { $ne: exceptPatientId } } : {}),
    },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (!next) return null;
  next.status = 'OFFERED';
  next.offerStartsAt = slot.startsAt;
  next.offerEndsAt = slot.endsAt;
  next.offerExpiresAt = offerExpiry(now, slot.startsAt);
  next.updatedAt = now;
  await em.flush();
  recordWaitlistOffered(em, next, origin);
  return next;
}

/** Stores lapsed offers of the doctor as EXPIRED and offers each slot to the next in line. */
export async function sweepExpiredOffers(em: EntityManager, doctorId: string, now: Date, origin: EventOrigin): Promise<void> {
  const lapsed = await em.find(WaitlistEntry, { doctorId, status: 'OFFERED', offerExpiresAt: { $lte: now } }, { orderBy: { createdAt: 'asc' } });
  if (!lapsed.length) return;
  for (const entry of lapsed) {
    entry.status = 'EXPIRED';
    entry.updatedAt = now;
  }
  await em.flush();
  for (const entry of lapsed) {
    await offerFreedSlot(em, { doctorId, startsAt: entry.offerStartsAt!, endsAt: entry.offerEndsAt! }, now, entry.patientId, origin);
  }
}

/** Puts the calling patient in line for a doctor. */
export async function joinWaitlist(ctx: Context, raw: unknown): Promise<WaitlistEntry> {
  const patient = assertMayJoin(ctx.caller);
  const now = new Date();
  const input = parseInput(JoinWaitlistInput(now), raw);
  // NOT_FOUND for a doctor provider does not know.
  await fetchDoctorSchedule(input.doctorId, ctx);
  try {
    return await ctx.em.transactional(async (em) => {
      await lockDoctorCalendar(em, input.doctorId);
      await sweepExpiredOffers(em, input.doctorId, now, ctx);
      const entry = em.create(WaitlistEntry, {
        id: crypto.randomUUID(),
        doctorId: input.doctorId,
        patientId: patient.patientId,
        rangeStart: input.from,
        rangeEnd: input.to,
        status: 'WAITING',
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      recordWaitlistJoined(em, entry, ctx);
      return entry;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError("You are already on this doctor's waitlist");
    throw error;
  }
}

/**
 * Reads an entry for update inside the transaction, after the doctor's
 * calendar lock and the sweep of lapsed offers (which may expire this one).
 */
async function lockedEntry(ctx: Context, em: EntityManager, id: string, now: Date): Promise<WaitlistEntry> {
  const found = await ctx.loaders.waitlistEntryById.load(id);
  if (!found) throw new NotFoundError('WaitlistEntry', id);
  await lockDoctorCalendar(em, found.doctorId);
  await sweepExpiredOffers(em, found.doctorId, now, ctx);
  return (await em.findOne(WaitlistEntry, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
}

/** Takes an entry off the waitlist; a slot held for it goes to the next in line. */
export async function leaveWaitlist(ctx: Context, rawId: string): Promise<WaitlistEntry> {
  const id = parseId(rawId);
  return ctx.em.transactional(async (em) => {
    const now = new Date();
    const entry = await lockedEntry(ctx, em, id, now);
    assertMayLeave(ctx.caller, entry);
    const status = effectiveStatus(entry, now);
    if (status !== 'WAITING' && status !== 'OFFERED') throw new ConflictError(`This waitlist entry is already ${status}`);
    entry.status = 'CANCELLED';
    entry.updatedAt = now;
    await em.flush();
    if (status === 'OFFERED') {
      await offerFreedSlot(em, { doctorId: entry.doctorId, startsAt: entry.offerStartsAt!, endsAt: entry.offerEndsAt! }, now, entry.patientId, ctx);
    }
    return entry;
  });
}

/** Books the slot held for the caller's entry, through the one booking path. */
export async function claimWaitlistOffer(ctx: Context, rawId: string): Promise<Appointment> {
  const id = parseId(rawId);
  const found = await ctx.loaders.waitlistEntryById.load(id);
  if (!found) throw new NotFoundError('WaitlistEntry', id);
  const patient = assertMayClaim(ctx.caller, found);
  const assertOffered = (entry: WaitlistEntry, now: Date) => {
    const status = effectiveStatus(entry, now);
    if (status === 'EXPIRED') throw new ConflictError(`The offer expired at ${entry.offerExpiresAt!.toISOString()}`);
    if (status !== 'OFFERED') throw new ConflictError(`This waitlist entry is ${status}; only OFFERED entries can be claimed`);
  };
  assertOffered(found, new Date());
  const slot = { startsAt: found.offerStartsAt!, endsAt: found.offerEndsAt! };
  // The doctor may have taken time off since the slot was freed.
  await assertFitsSchedule(found.doctorId, slot, ctx, ['id']);
  return ctx.em.transactional(async (em) => {
    const now = new Date();
    const entry = await lockedEntry(ctx, em, id, now);
    assertOffered(entry, now);
    const appointment = await insertAppointment(
      em,
      { doctorId: entry.doctorId, patientId: entry.patientId, ...slot, reason: 'Booked from the waitlist' },
      { userId: patient.userId, role: 'PATIENT' },
      now,
    );
    ctx.audit.recordChange(em, 'CREATE', 'Appointment', [appointment.id]);
    entry.status = 'BOOKED';
    entry.appointmentId = appointment.id;
    entry.updatedAt = now;
    recordScheduled(em, appointment, ctx);
    return appointment;
  });
}
