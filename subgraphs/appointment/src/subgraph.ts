import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { AppointmentSchema } from './appointment/appointment.entity';
import { AppointmentTransitionSchema } from './appointment/appointment-transition.entity';
import { appointmentPolicies } from './appointment/appointment.policy';
import { ConsultationSchema } from './consultation/consultation.entity';
import { NoteRevisionSchema } from './consultation/note-revision.entity';
import { consultationPolicies } from './consultation/consultation.policy';
import { PrescriptionSchema } from './consultation/prescription.entity';
import { ReferralSchema } from './consultation/referral.entity';
import { VitalSignsSchema } from './consultation/vital-signs.entity';
import { WaitlistEntrySchema } from './waitlist/waitlist-entry.entity';
import { waitlistPolicies } from './waitlist/waitlist.policy';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Appointment } from './resolvers/Appointment';
import { Consultation } from './resolvers/Consultation';
import { Mutation } from './resolvers/Mutation';
import { Referral } from './resolvers/Referral';
import { VitalSigns } from './resolvers/VitalSigns';
import { NoteRevision } from './resolvers/NoteRevision';
import { WaitlistEntry } from './resolvers/WaitlistEntry';
import { Doctor } from './resolvers/Doctor';
import { Patient } from './resolvers/Patient';
import { Query } from './resolvers/Query';
import { Subscription } from './resolvers/Subscription';
import { seed } from './seed';

export const appointment = defineSubgraph({
  name: 'appointment',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Mutation, Subscription, Appointment, Doctor, Patient, Consultation, NoteRevision, VitalSigns, Referral, WaitlistEntry },
  entities: [
    AppointmentSchema,
    AppointmentTransitionSchema,
    ConsultationSchema,
    NoteRevisionSchema,
    VitalSignsSchema,
    PrescriptionSchema,
    ReferralSchema,
    WaitlistEntrySchema,
  ],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  policies: { ...appointmentPolicies, ...consultationPolicies, ...waitlistPolicies },
  auditOutbox: true,
  // Mutations record these through `recordEvent` (docs/events.md); the outbox and its relay come with the declaration.
  events: {
    produces: [
      'appointment.scheduled',
      'appointment.cancelled',
      'appointment.rescheduled',
      'appointment.completed',
      'consultation.updated',
      'waitlist.joined',
      'waitlist.offered',
    ],
  },
});
