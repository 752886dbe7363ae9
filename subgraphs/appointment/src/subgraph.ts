import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { AppointmentSchema } from './appointment/appointment.entity';
import { appointmentPolicies } from './appointment/appointment.policy';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Appointment } from './resolvers/Appointment';
import { Doctor } from './resolvers/Doctor';
import { Patient } from './resolvers/Patient';
import { Query } from './resolvers/Query';
import { seed } from './seed';

export const appointment = defineSubgraph({
  name: 'appointment',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Appointment, Doctor, Patient },
  entities: [AppointmentSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  policies: appointmentPolicies,
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
