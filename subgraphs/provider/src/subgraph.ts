import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { ClinicSchema } from './clinic/clinic.entity';
import { DoctorSchema } from './doctor/doctor.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Clinic } from './resolvers/Clinic';
import { Doctor } from './resolvers/Doctor';
import { Mutation } from './resolvers/Mutation';
import { Query } from './resolvers/Query';
import { Review } from './resolvers/Review';
import { TimeOff } from './resolvers/TimeOff';
import { WorkingHours } from './resolvers/WorkingHours';
import { ReviewSchema } from './review/review.entity';
import { TimeOffSchema } from './schedule/time-off.entity';
import { WorkingHoursSchema } from './schedule/working-hours.entity';
import { seed } from './seed';

export const provider = defineSubgraph({
  name: 'provider',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Mutation, Doctor, Clinic, WorkingHours, TimeOff, Review },
  entities: [ClinicSchema, DoctorSchema, WorkingHoursSchema, TimeOffSchema, ReviewSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
});
