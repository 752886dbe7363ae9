import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { Appointment } from './appointment/appointment.entity';
import { appointmentsByOwner } from './appointment/appointment.loaders';
import { AppointmentTransition } from './appointment/appointment-transition.entity';
import { busyByDoctor } from './availability/availability.loaders';
import { Consultation } from './consultation/consultation.entity';
import { Prescription } from './consultation/prescription.entity';
import { Referral } from './consultation/referral.entity';
import { VitalSigns } from './consultation/vital-signs.entity';
import { NoteRevision } from './consultation/note-revision.entity';
import { WaitlistEntry } from './waitlist/waitlist-entry.entity';

export function createLoaders(em: EntityManager) {
  const consultationsByAppointment = loaderManyBy(em, Consultation, 'appointment');
  return {
    appointmentById: loaderById(em, Appointment),
    appointmentsByDoctor: appointmentsByOwner(em, 'doctorId'),
    appointmentsByPatient: appointmentsByOwner(em, 'patientId'),
    followUpsByAppointment: loaderManyBy(em, Appointment, 'followUpOfId', { startsAt: 'asc', id: 'asc' }),
    transitionsByAppointment: loaderManyBy(em, AppointmentTransition, 'appointment', { occurredAt: 'asc', id: 'asc' }),
    busyByDoctor: busyByDoctor(em),
    consultationById: loaderById(em, Consultation),
    // At most one per appointment (a unique column); batched like any one-to-many.
    consultationByAppointment: new DataLoader<string, Consultation | null>(async (ids) =>
      (await consultationsByAppointment.loadMany(ids)).map((rows) => (rows instanceof Error ? rows : (rows[0] ?? null))),
    ),
    vitalsByConsultation: loaderManyBy(em, VitalSigns, 'consultation', { recordedAt: 'desc', id: 'desc' }),
    noteRevisionsByConsultation: loaderManyBy(em, NoteRevision, 'consultation', { revision: 'asc' }),
    prescriptionsByConsultation: loaderManyBy(em, Prescription, 'consultation', { prescribedAt: 'asc', id: 'asc' }),
    referralsByConsultation: loaderManyBy(em, Referral, 'consultation', { createdAt: 'asc', id: 'asc' }),
    waitlistEntryById: loaderById(em, WaitlistEntry),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
