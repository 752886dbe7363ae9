import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { envInteger } from '@telemed/subgraph-kit/env';
import { BadUserInputError, ConflictError, QuotaExceededError } from '@telemed/subgraph-kit/errors';
import { Appointment, DOCTOR_OVERLAP_CONSTRAINT, PATIENT_OVERLAP_CONSTRAINT } from '../appointment/appointment.entity';
import { AppointmentTransition, type ActorRole } from '../appointment/appointment-transition.entity';
import { scheduleProblem, type Interval } from '../availability/schedule';
import { fetchDoctorSchedule, type ServiceCallContext } from '../provider/working-hours.client';
import { WaitlistEntry } from '../waitlist/waitlist-entry.entity';

/**
 * The one booking path: `bookAppointment`, rescheduling, follow-ups and
 * waitlist claims all go through these steps.
 *
 * 1. `assertFitsSchedule`, before any transaction (no connection waits on
 *    HTTP): provider's working hours and time off, asked server-side.
 * 2. Inside the mutation's transaction: `lockDoctorCalendar`, then
 *    `insertAppointment` (which takes the patient's booking lock and checks
 *    their quota of future appointments) or an update of the times, then
 *    `flushOrConflict`.
 *
 * Double booking is refused by PostgreSQL's exclusion constraints, not by a
 * read-then-write check. The calendar lock only makes the waitlist's holds
 * consistent with bookings (see decision 0021).
 */

export interface Actor {
  readonly userId: string;
  readonly role: ActorRole;
}

export interface NewAppointment extends Interval {
  readonly doctorId: string;
  readonly patientId: string;
  readonly reason: string | null;
  readonly followUpOfId?: string | null;
}

/** BAD_USER_INPUT at `field` when `interval` is outside the doctor's working hours or in their time off. */
export async function assertFitsSchedule(
  doctorId: string,
  interval: Interval,
  ctx: ServiceCallContext,
  field: readonly string[],
): Promise<void> {
  const problem = scheduleProblem(await fetchDoctorSchedule(doctorId, ctx), interval);
  if (problem) throw new BadUserInputError(`${interval.startsAt.toISOString()}–${interval.endsAt.toISOString()} ${problem}`, field);
}

/**
 * Serialises changes to one doctor's calendar until the transaction ends.
 * Take it before any row lock (appointment, waitlist entry), always in that
 * order, so two transactions never wait on each other.
 */
export async function lockDoctorCalendar(em: EntityManager, doctorId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`doctor-calendar:${doctorId}`]);
}

/** CONFLICT when `interval` overlaps a slot held for another waitlisted patient. */
export async function assertNotHeldForOthers(em: EntityManager, slot: NewAppointment, now: Date): Promise<void> {
  const hold = await em.findOne(WaitlistEntry, {
    doctorId: slot.doctorId,
    status: 'OFFERED',
    offerExpiresAt: { $gt: now },
    offerStartsAt: { $lt: slot.endsAt },
    offerEndsAt: { $gt: slot.startsAt },
    patientId: { $ne: slot.patientId },
  });
  if (hold) throw new ConflictError(`This time is held for a waitlisted patient until ${hold.offerExpiresAt!.toISOString()}`);
}

/** Statuses of an appointment the patient still holds (not yet over, not called off). */
const HELD_STATUSES = ['SCHEDULED', 'CHECKED_IN', 'IN_PROGRESS'] as const;

/** Future appointments a patient may hold (`MAX_FUTURE_APPOINTMENTS_PER_PATIENT`, default 10), read once. */
let maxFutureAppointments: number | undefined;
export function maxFutureAppointmentsPerPatient(env: NodeJS.ProcessEnv = process.env): number {
  return (maxFutureAppointments ??= envInteger(env, 'MAX_FUTURE_APPOINTMENTS_PER_PATIENT', 10, 1));
}

/**
 * QUOTA_EXCEEDED when the patient already holds `max` future appointments.
 * Takes the patient's booking lock first (after the doctor's calendar lock,
 * always in that order), so concurrent bookings for one patient with
 * different doctors count one after another: the count a booking checks
 * cannot change before its transaction commits.
 */
export async function assertPatientHasRoom(em: EntityManager, patientId: string, now: Date, max = maxFutureAppointmentsPerPatient()): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`patient-bookings:${patientId}`]);
  const held = await em.count(Appointment, { patientId, startsAt: { $gt: now }, status: { $in: [...HELD_STATUSES] } });
  if (held >= max) {
    throw new QuotaExceededError(`A patient may hold at most ${max} future appointments; cancel one to book another`, max);
  }
}

/** Creates the appointment and its BOOK transition; the caller's transaction commits them together. */
export async function insertAppointment(em: EntityManager, slot: NewAppointment, actor: Actor, now: Date): Promise<Appointment> {
  await assertNotHeldForOthers(em, slot, now);
  await assertPatientHasRoom(em, slot.patientId, now);
  const appointment = em.create(Appointment, {
    id: crypto.randomUUID(),
    doctorId: slot.doctorId,
    patientId: slot.patientId,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status: 'SCHEDULED',
    reason: slot.reason,
    followUpOfId: slot.followUpOfId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  recordTransition(em, appointment, { action: 'BOOK', fromStatus: null, actor, now });
  await flushOrConflict(em);
  return appointment;
}

export function recordTransition(
  em: EntityManager,
  appointment: Appointment,
  change: Pick<AppointmentTransition, 'action' | 'fromStatus'> & { actor: Actor; now: Date; previousStartsAt?: Date | null; note?: string | null },
): AppointmentTransition {
  return em.create(AppointmentTransition, {
    id: crypto.randomUUID(),
    appointment,
    action: change.action,
    fromStatus: change.fromStatus,
    toStatus: appointment.status,
    actorUserId: change.actor.userId,
    actorRole: change.actor.role,
    occurredAt: change.now,
    previousStartsAt: change.previousStartsAt ?? null,
    note: change.note ?? null,
  });
}

const EXCLUSION_VIOLATION = '23P01';

/** Flushes; an overlap refused by an exclusion constraint becomes CONFLICT naming whose time is taken. */
export async function flushOrConflict(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof DriverException && error.code === EXCLUSION_VIOLATION) {
      const constraint = (error as DriverException & { constraint?: string }).constraint;
      if (constraint === DOCTOR_OVERLAP_CONSTRAINT) throw new ConflictError('The doctor already has an appointment at this time');
      if (constraint === PATIENT_OVERLAP_CONSTRAINT) throw new ConflictError('The patient already has an appointment at this time');
    }
    throw error;
  }
}
