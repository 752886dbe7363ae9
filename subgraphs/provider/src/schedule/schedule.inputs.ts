import { z } from 'zod';
import { DAYS, dayNumber, parseTimeOfDay } from './time-of-day';

const timeOfDay = z.string().transform((value, ctx) => {
  const minutes = parseTimeOfDay(value);
  if (minutes === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a time "HH:MM" between 00:00 and 24:00' });
    return z.NEVER;
  }
  return minutes;
});

const block = z
  .object({
    dayOfWeek: z.enum(DAYS).transform(dayNumber),
    startTime: timeOfDay,
    endTime: timeOfDay,
    slotMinutes: z.number().int().min(10, 'must be at least 10 minutes').max(120, 'must be at most 120 minutes').nullish().transform((v) => v ?? 30),
  })
  .transform(({ dayOfWeek, startTime, endTime, slotMinutes }) => ({ dayOfWeek, startMinute: startTime, endMinute: endTime, slotMinutes }))
  .superRefine((b, ctx) => {
    if (b.endMinute <= b.startMinute) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'must be after startTime' });
    else if (b.endMinute - b.startMinute < b.slotMinutes) ctx.addIssue({ code: 'custom', path: ['slotMinutes'], message: 'must fit in the block at least once' });
  });

/** A doctor's weekly hours: at most 50 blocks, none overlapping another on the same day. */
export const WorkingHoursList = z
  .array(block)
  .max(50, 'at most 50 blocks')
  .superRefine((blocks, ctx) => {
    blocks.forEach((b, i) => {
      const clash = blocks.findIndex((o, j) => j < i && o.dayOfWeek === b.dayOfWeek && o.startMinute < b.endMinute && b.startMinute < o.endMinute);
      if (clash >= 0) ctx.addIssue({ code: 'custom', path: [i, 'startTime'], message: `overlaps block ${clash} on the same day` });
    });
  });

const MAX_TIME_OFF_MS = 366 * 86_400_000;

/** A period of time off: ends after it starts, in the future, within a year. */
export function timeOffInput(now: Date) {
  return z
    .object({
      startsAt: z.date(),
      endsAt: z.date(),
      reason: z.string().trim().max(500, 'must be at most 500 characters').nullish().transform((v) => v || null),
    })
    .superRefine((t, ctx) => {
      if (t.endsAt <= t.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be after startsAt' });
      else if (t.endsAt.getTime() - t.startsAt.getTime() > MAX_TIME_OFF_MS) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be at most 366 days after startsAt' });
      else if (t.endsAt <= now) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be in the future' });
    });
}
