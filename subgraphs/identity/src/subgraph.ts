import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { defineSubgraph } from '@telemed/subgraph-kit/definition';
import { DateTime } from '@telemed/subgraph-kit/scalars';
import { maintenanceWorker } from './abuse/maintenance-worker';
import { KnownSignInSourceSchema } from './abuse/known-sign-in-source.entity';
import { RateLimitCounterSchema } from './abuse/rate-limit-counter.entity';
import { ApiKeySchema } from './api-key/api-key.entity';
import { apiKeyUsageStore } from './api-key/api-key-usage';
import { ApiKey } from './resolvers/ApiKey';
import { AuditEntrySchema } from './audit/audit-entry.entity';
import { jwksRoutes } from './auth/jwks-route';
import { CareRelationshipSchema } from './care-team/care-relationship.entity';
import { careTeam } from './care-team/care-team.consumer';
import { OneTimeTokenSchema } from './auth/one-time-token.entity';
import { RefreshTokenSchema } from './auth/refresh-token.entity';
import { auditLog } from './audit/audit.consumer';
import { createLoaders } from './loaders';
import { MailMessageSchema } from './mail/mail-message.entity';
import { mailWorker } from './mail/mail-worker';
import { migrations } from './migrations/list';
import { notificationDispatcher } from './notifications/dispatcher';
import { NotificationSchema } from './notifications/notification.entity';
import { notifications } from './notifications/notifications.consumer';
import { OutgoingMessageSchema } from './notifications/outgoing-message.entity';
import { ScheduledNotificationSchema } from './notifications/scheduled-notification.entity';
import { PatientSchema } from './patient/patient.entity';
import { identityPolicies } from './patient/patient.policy';
import { AuditEntry } from './resolvers/AuditEntry';
import { Mutation } from './resolvers/Mutation';
import { Notification } from './resolvers/Notification';
import { Patient } from './resolvers/Patient';
import { Query } from './resolvers/Query';
import { Subscription } from './resolvers/Subscription';
import { User } from './resolvers/User';
import { seed } from './seed';
import { RecoveryCodeSchema } from './two-factor/recovery-code.entity';
import { UserSchema } from './user/user.entity';

export const identity = defineSubgraph({
  name: 'identity',
  typeDefs: parse(readFileSync(join(__dirname, '../schema.graphql'), 'utf8')),
  resolvers: { DateTime, Query, Mutation, Subscription, User, Patient, AuditEntry, Notification, ApiKey },
  entities: [
    UserSchema,
    PatientSchema,
    RefreshTokenSchema,
    OneTimeTokenSchema,
    RecoveryCodeSchema,
    MailMessageSchema,
    AuditEntrySchema,
    RateLimitCounterSchema,
    KnownSignInSourceSchema,
    ApiKeySchema,
    NotificationSchema,
    ScheduledNotificationSchema,
    OutgoingMessageSchema,
    CareRelationshipSchema,
  ],
  migrations,
  migrationsPath: join(__dirname, 'migrations'),
  loaders: createLoaders,
  seed,
  routes: jwksRoutes,
  policies: identityPolicies,
  workers: [mailWorker, maintenanceWorker, notificationDispatcher(), apiKeyUsageStore],
  // The dispatcher records notification.created with each in-app notification; `notificationReceived` listens to it.
  events: { produces: ['notification.created'], consumers: [notifications, auditLog, careTeam] },
});
