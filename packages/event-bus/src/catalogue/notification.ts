import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant } from './fields';

export const notificationEvents = {
  'notification.created': defineEvent({
    // Ids only: the title and body stay in identity's database, read per subscriber under its policy.
    description: 'An in-app notification was created for a patient. Carries who it is for, never its text.',
    producers: ['identity'],
    // Per recipient: a patient's notifications are published in the order they were created.
    aggregate: 'patient_id',
    current: 1,
    versions: {
      1: z.object({
        notification_id: id(),
        patient_id: id(),
        user_id: id().nullable().optional(),
        created_at: instant(),
      }),
    },
  }),
} as const;
