import { z } from 'zod';
import { uuid } from '../booking/booking.inputs';

const MAX_DAYS = 60;

/** A place in line: `from` defaults to now; `to` after it, in the future, at most 60 days ahead. */
export function JoinWaitlistInput(now: Date) {
  return z
    .object({
      doctorId: uuid,
      from: z.date().nullish().transform((v) => (v && v > now ? v : now)),
      to: z.date(),
    })
    .superRefine((input, ctx) => {
      if (input.to <= input.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after "from" and in the future' });
      else if (input.to.getTime() - now.getTime() > MAX_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${MAX_DAYS} days ahead` });
    });
}
