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
import { Query } from './resolvers/Query';
import { seed } from './seed';

export const provider = defineSubgraph({
  name: 'provider',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Doctor, Clinic },
  entities: [ClinicSchema, DoctorSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
});
