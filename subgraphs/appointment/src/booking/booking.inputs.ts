import { z } from 'zod';

const MAX_DAYS_AHEAD = 180;
const DAY_MS = 86_400_000;

export const uuid = z.uuid('must be a UUID').transform((id) => id.toLowerCase());

/** A start for a new or moved appointment: on a whole minute, in the future, at most 180 days ahead. */
export function startsAt(now: Date) {
  return z
    .date()
    .refine((d) => d.getTime() % 60_000 === 0, 'must be on a whole minute')
    .refine((d) => d > now, 'must be in the future')
    .refine((d) => d.getTime() - now.getTime() <= MAX_DAYS_AHEAD * DAY_MS, `must be at most ${MAX_DAYS_AHEAD} days ahead`);
}

export const durationMinutes = z.number().int('must be a whole number of minutes').min(10, 'must be at least 10 minutes').max(120, 'must be at most 120 minutes');

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => v || null);

export function BookAppointmentInput(now: Date) {
  return z.object({
    doctorId: uuid,
    patientId: uuid.nullish().transform((v) => v ?? null),
    startsAt: startsAt(now),
    durationMinutes: durationMinutes.nullish().transform((v) => v ?? 30),
    reason: text(500),
  });
}

export function RescheduleAppointmentInput(now: Date) {
  return z.object({
    startsAt: startsAt(now),
    durationMinutes: durationMinutes.nullish().transform((v) => v ?? null),
    note: text(500),
  });
}

export function FollowUpInput(now: Date) {
  return z.object({
    startsAt: startsAt(now),
    durationMinutes: durationMinutes.nullish().transform((v) => v ?? 30),
    reason: text(500),
  });
}

export const Note = text(500);
