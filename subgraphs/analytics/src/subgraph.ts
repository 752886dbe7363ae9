import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Doctor } from './resolvers/Doctor';
import { seed } from './seed';
import { AppointmentFactSchema } from './stats/appointment-fact.entity';

export const analytics = defineSubgraph({
  name: 'analytics',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Doctor },
  entities: [AppointmentFactSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
});
