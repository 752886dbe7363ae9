import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant } from './fields';

export const identityEvents = {
  'identity.user_registered': defineEvent({
    description: 'A new account was created.',
    producers: ['identity'],
    aggregate: 'user_id',
    current: 1,
    versions: {
      1: z.object({
        user_id: id(),
        role: z.enum(['PATIENT', 'DOCTOR', 'ADMIN', 'PARTNER']),
        patient_id: id().nullable().optional(),
        registered_at: instant(),
      }),
    },
  }),
} as const;
