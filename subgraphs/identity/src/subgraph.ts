import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { jwksRoutes } from './auth/jwks-route';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { PatientSchema } from './patient/patient.entity';
import { Patient } from './resolvers/Patient';
import { Query } from './resolvers/Query';
import { User } from './resolvers/User';
import { seed } from './seed';
import { UserSchema } from './user/user.entity';

export const identity = defineSubgraph({
  name: 'identity',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, User, Patient },
  entities: [UserSchema, PatientSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  routes: jwksRoutes,
});
