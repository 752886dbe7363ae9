import { z } from 'zod';
import { defineEvent } from './define';
import { id, instant } from './fields';

const parties = { appointment_id: id(), doctor_id: id(), patient_id: id() };

export const appointmentEvents = {
  'appointment.scheduled': defineEvent({
    description: 'A patient booked an appointment with a doctor.',
    producers: ['appointment'],
    aggregate: 'appointment_id',
    current: 1,
    versions: {
      1: z.object({
        ...parties,
        clinic_id: id().nullable().optional(),
        starts_at: instant(),
        ends_at: instant(),
        // No `reason`: the patient's free text is PHI and stays in appointment's database
        // (docs/security.md#phi-in-logs-and-events). Producers are strict, so it cannot come back unnoticed.
      }),
    },
  }),
  'appointment.cancelled': defineEvent({
    description: 'An appointment was cancelled before it took place.',
    producers: ['appointment'],
    aggregate: 'appointment_id',
    current: 1,
    versions: {
      1: z.object({
        ...parties,
        starts_at: instant(),
        cancelled_by: z.enum(['PATIENT', 'DOCTOR', 'CLINIC', 'SYSTEM']),
        // No `reason` (free text, PHI): read it from appointment (`Appointment.transitions`) where needed.
        cancelled_at: instant(),
      }),
    },
  }),
  'appointment.rescheduled': defineEvent({
    description: 'An appointment moved to another time.',
    producers: ['appointment'],
    aggregate: 'appointment_id',
    current: 1,
    versions: {
      1: z.object({
        ...parties,
        previous_starts_at: instant(),
        starts_at: instant(),
        ends_at: instant(),
      }),
    },
  }),
  'appointment.completed': defineEvent({
    description:
      'An appointment was closed: the consultation took place (COMPLETED) or the patient did not come (NO_SHOW).',
    producers: ['appointment'],
    aggregate: 'appointment_id',
    current: 1,
    versions: {
      1: z.object({
        ...parties,
        starts_at: instant(),
        status: z.enum(['COMPLETED', 'NO_SHOW']),
        completed_at: instant(),
      }),
    },
  }),
} as const;
