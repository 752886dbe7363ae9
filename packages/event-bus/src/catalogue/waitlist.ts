import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant } from './fields';

export const waitlistEvents = {
  'waitlist.joined': defineEvent({
    description: 'A patient asked to be told when a doctor has an earlier slot.',
    producers: ['appointment'],
    aggregate: 'waitlist_entry_id',
    current: 1,
    versions: {
      1: z.object({
        waitlist_entry_id: id(),
        patient_id: id(),
        doctor_id: id(),
        earliest: instant(),
        latest: instant(),
        joined_at: instant(),
      }),
    },
  }),
  'waitlist.offered': defineEvent({
    description: 'A freed slot was offered to a waiting patient until `expires_at`.',
    producers: ['appointment'],
    aggregate: 'waitlist_entry_id',
    current: 1,
    versions: {
      1: z.object({
        waitlist_entry_id: id(),
        patient_id: id(),
        doctor_id: id(),
        starts_at: instant(),
        ends_at: instant(),
        expires_at: instant(),
      }),
    },
  }),
} as const;
