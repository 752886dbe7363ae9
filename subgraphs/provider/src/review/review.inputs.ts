import { z } from 'zod';

export const ReviewInput = z.object({
  appointmentId: z.uuid('must be a UUID').transform((id) => id.toLowerCase()),
  rating: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  comment: z.string().trim().max(2000, 'must be at most 2000 characters').nullish().transform((v) => v || null),
});
