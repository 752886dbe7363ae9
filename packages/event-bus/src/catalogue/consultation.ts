import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant } from './fields';

export const consultationEvents = {
  'consultation.updated': defineEvent({
    description:
      'A consultation record (notes, vitals, prescriptions, referrals, follow-ups) changed. Carries what changed, never the clinical content.',
    producers: ['appointment'],
    aggregate: 'appointment_id',
    current: 1,
    versions: {
      1: z.object({
        appointment_id: id(),
        doctor_id: id(),
        patient_id: id(),
        changed: z.array(z.enum(['NOTES', 'VITALS', 'PRESCRIPTIONS', 'REFERRALS', 'FOLLOW_UPS'])).min(1),
        updated_at: instant(),
      }),
    },
  }),
} as const;
