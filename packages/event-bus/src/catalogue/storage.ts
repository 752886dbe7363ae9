import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant, text } from './fields';

export const storageEvents = {
  'storage.file_uploaded': defineEvent({
    description: 'A file finished uploading and is stored.',
    producers: ['storage'],
    aggregate: 'file_id',
    current: 1,
    versions: {
      1: z.object({
        file_id: id(),
        owner_id: id(),
        appointment_id: id().nullable().optional(),
        // No `filename`: names like "hiv-test-results.pdf" are PHI; it stays in storage's database.
        content_type: text(127),
        size_bytes: z.int().nonnegative(),
        uploaded_at: instant(),
      }),
    },
  }),
} as const;
