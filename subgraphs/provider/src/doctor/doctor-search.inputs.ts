import { z } from 'zod';

/** `Query.doctorSearch`'s filter, normalised: trimmed, lower-case language, text split into words. */
export const DoctorSearchFilter = z
  .object({
    specialty: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters').nullish(),
    clinicId: z.uuid('must be a UUID').transform((id) => id.toLowerCase()).nullish(),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"')
      .nullish(),
    text: z
      .string()
      .max(200, 'must be at most 200 characters')
      .transform((text) => text.trim().split(/\s+/).filter(Boolean))
      .refine((words) => words.length <= 8, 'must have at most 8 words')
      .nullish(),
  })
  .nullish()
  .transform((filter) => ({
    specialty: filter?.specialty ?? null,
    clinicId: filter?.clinicId ?? null,
    language: filter?.language ?? null,
    words: filter?.text ?? [],
  }));

export type DoctorSearch = z.output<typeof DoctorSearchFilter>;
