import { z } from 'zod';

/**
 * A doctor's schedule as provider publishes it (`Doctor.workingHours`,
 * `Doctor.timeOff`), and the pure arithmetic on it: which slots are free,
 * whether an interval fits. Times of day are UTC.
 */
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export interface Interval {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export interface WeeklyBlock {
  /** ISO day: 1 = Monday … 7 = Sunday. */
  readonly day: number;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly slotMinutes: number;
}

export interface DoctorSchedule {
  readonly workingHours: readonly WeeklyBlock[];
  readonly timeOff: readonly Interval[];
}

const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/)
  .transform((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
const instant = z.union([z.string(), z.date()]).pipe(z.coerce.date());

/**
 * Parses the schedule as it arrives: JSON strings in an `_entities`
 * representation (`@requires`) or in provider's HTTP answer.
 */
export const DoctorScheduleShape = z.object({
  workingHours: z.array(
    z
      .object({ dayOfWeek: z.enum(DAYS), startTime: timeOfDay, endTime: timeOfDay, slotMinutes: z.number().int().positive() })
      .transform((b): WeeklyBlock => ({ day: DAYS.indexOf(b.dayOfWeek) + 1, startMinute: b.startTime, endMinute: b.endTime, slotMinutes: b.slotMinutes })),
  ),
  timeOff: z.array(z.object({ startsAt: instant, endsAt: instant })),
});

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

function isoDay(date: Date): number {
  return ((date.getUTCDay() + 6) % 7) + 1;
}

function midnight(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * Free slots starting in [from, to): each working-hours block cut into slots
 * of its length, minus slots that have begun by `now`, that touch time off,
 * or that overlap `busy` (appointments holding their time, held offers).
 */
export function freeSlots(input: {
  readonly from: Date;
  readonly to: Date;
  readonly now: Date;
  readonly schedule: DoctorSchedule;
  readonly busy: readonly Interval[];
}): Interval[] {
  const { from, to, now, schedule, busy } = input;
  const blocked = [...schedule.timeOff, ...busy];
  const slots: Interval[] = [];
  for (let day = midnight(from); day < to.getTime(); day += DAY_MS) {
    const blocks = schedule.workingHours.filter((b) => b.day === isoDay(new Date(day)));
    for (const block of blocks) {
      for (let minute = block.startMinute; minute + block.slotMinutes <= block.endMinute; minute += block.slotMinutes) {
        const slot = { startsAt: new Date(day + minute * MINUTE_MS), endsAt: new Date(day + (minute + block.slotMinutes) * MINUTE_MS) };
        if (slot.startsAt < from || slot.startsAt >= to || slot.startsAt < now) continue;
        if (blocked.some((b) => overlaps(slot, b))) continue;
        slots.push(slot);
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * Why `interval` cannot be booked against the schedule, or null when it can:
 * it must lie inside one working-hours block and outside time off. Slots need
 * not line up with the block's slot length (a 10-minute follow-up may start at 09:40).
 */
export function scheduleProblem(schedule: DoctorSchedule, interval: Interval): string | null {
  const day = midnight(interval.startsAt);
  const start = (interval.startsAt.getTime() - day) / MINUTE_MS;
  const end = (interval.endsAt.getTime() - day) / MINUTE_MS;
  const inside = schedule.workingHours.some(
    (b) => b.day === isoDay(interval.startsAt) && b.startMinute <= start && end <= b.endMinute,
  );
  if (!inside) return "is outside the doctor's working hours";
  if (schedule.timeOff.some((t) => overlaps(interval, t))) return "falls in the doctor's time off";
  return null;
}
