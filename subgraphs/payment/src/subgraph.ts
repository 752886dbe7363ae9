import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { PaymentSchema } from './payment/payment.entity';
import { paymentPolicies } from './payment/payment.policy';
import { Appointment } from './resolvers/Appointment';
import { Payment } from './resolvers/Payment';
import { Query } from './resolvers/Query';
import { seed } from './seed';

export const payment = defineSubgraph({
  name: 'payment',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Payment, Appointment },
  entities: [PaymentSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  policies: paymentPolicies,
});
