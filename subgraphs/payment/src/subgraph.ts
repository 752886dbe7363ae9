import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { invoicing } from './invoice/invoice.consumer';
import { InvoiceSchema } from './invoice/invoice.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { paymentRequests } from './payment/payment-requests.consumer';
import { PaymentSchema } from './payment/payment.entity';
import { paymentPolicies } from './payment/payment.policy';
import { RefundSchema } from './payment/refund.entity';
import { Appointment } from './resolvers/Appointment';
import { Invoice } from './resolvers/Invoice';
import { Mutation } from './resolvers/Mutation';
import { Payment } from './resolvers/Payment';
import { Query } from './resolvers/Query';
import { Refund } from './resolvers/Refund';
import { Subscription } from './resolvers/Subscription';
import { seed } from './seed';

export const payment = defineSubgraph({
  name: 'payment',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Mutation, Payment, Refund, Invoice, Appointment, Subscription },
  entities: [PaymentSchema, RefundSchema, InvoiceSchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  policies: paymentPolicies,
  // Money moved by admins (capture, failure, refund) is audited like clinical changes.
  auditOutbox: true,
  events: {
    produces: ['payment.completed', 'payment.failed', 'payment.refunded', 'payment.cancelled'],
    consumers: [invoicing, paymentRequests],
  },
});
