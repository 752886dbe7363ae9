import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { auditLog } from './audit/audit.consumer';
import { AuditEntrySchema } from './audit/audit-entry.entity';
import { createLoaders } from './loaders';
import { migrations } from './migrations/list';
import { notificationDispatcher } from './notifications/dispatcher';
import { NotificationSchema } from './notifications/notification.entity';
import { notifications } from './notifications/notifications.consumer';
import { OutgoingMessageSchema } from './notifications/outgoing-message.entity';
import { ScheduledNotificationSchema } from './notifications/scheduled-notification.entity';
import { PatientSchema } from './patient/patient.entity';
import { Notification } from './resolvers/Notification';
import { Patient } from './resolvers/Patient';
import { Query } from './resolvers/Query';
import { User } from './resolvers/User';
import { seed } from './seed';
import { UserSchema } from './user/user.entity';

export const identity = defineSubgraph({
  name: 'identity',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, User, Patient, Notification },
  entities: [UserSchema, PatientSchema, NotificationSchema, ScheduledNotificationSchema, OutgoingMessageSchema, AuditEntrySchema],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  events: { consumers: [notifications, auditLog] },
  workers: [notificationDispatcher()],
});
