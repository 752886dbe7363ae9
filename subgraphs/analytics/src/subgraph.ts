import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { Doctor } from './resolvers/Doctor';
import { DoctorStats } from './resolvers/DoctorStats';
import { Query } from './resolvers/Query';
import { seed } from './seed';
import { AppointmentFactSchema } from './stats/appointment-fact.entity';
import { PaymentFactSchema } from './stats/payment-fact.entity';
import { readModels } from './stats/read-model.consumer';

export const analytics = defineSubgraph({
  name: 'analytics',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Doctor, DoctorStats },
  entities: [AppointmentFactSchema, PaymentFactSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  events: { consumers: [readModels] },
});
