import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant, text } from './fields';

// Who touched which patient's protected health information, never the information itself.
const access = {
  actor_user_id: id(),
  patient_id: id(),
  resource_type: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  resource_id: id(),
};

export const auditEvents = {
  'audit.phi_accessed': defineEvent({
    description: 'Someone read a patient’s protected health information.',
    producers: ['identity', 'appointment', 'storage'],
    aggregate: 'patient_id',
    current: 1,
    versions: {
      1: z.object({ ...access, purpose: text(200).nullable().optional(), accessed_at: instant() }),
    },
  }),
  'audit.phi_modified': defineEvent({
    description: 'Someone created, changed or deleted a patient’s protected health information.',
    producers: ['identity', 'appointment', 'storage'],
    aggregate: 'patient_id',
    current: 1,
    versions: {
      1: z.object({
        ...access,
        action: z.enum(['CREATE', 'UPDATE', 'DELETE']),
        fields: z.array(z.string().min(1).max(64)).max(100),
        modified_at: instant(),
      }),
    },
  }),
} as const;
