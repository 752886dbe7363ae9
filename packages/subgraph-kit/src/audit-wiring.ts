import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { AuditOutboxEntry } from './audit-outbox.entity';
import { startAuditRelay } from './audit-relay';
import type { SubgraphContext } from './context';
import type { SubgraphEnv } from './env';
import type { Worker } from './worker';

/**
 * Writes what a request read of audited types to the outbox before the
 * response leaves. If that fails the response is withheld: clinical data is
 * never shown without a record of who saw it.
 */
export function auditFlushPlugin<TLoaders extends object>(orm: MikroORM): ApolloServerPlugin<SubgraphContext<TLoaders>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await flushAuditedReads(orm, contextValue);
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
        },
      };
    },
  };
}

/**
 * Writes the reads a response (an HTTP answer, or one event of a
 * subscription) carries to the audit outbox and empties the recorder, so a
 * subscription's recorder holds one event's reads at most. Throws when the
 * write fails: the caller withholds the data.
 */
export async function flushAuditedReads(orm: MikroORM, contextValue: Pick<SubgraphContext<object>, 'audit' | 'logger'>): Promise<void> {
  if (!contextValue.audit?.pending) return;
  try {
    await contextValue.audit.flush(orm.em.fork());
  } catch (error) {
    contextValue.logger.error({ err: error }, 'audit outbox write failed; data withheld');
    throw error;
  }
}

const RECORD_AUDIT = /* GraphQL */ `
  mutation RecordAudit($entries: [AuditRecordInput!]!) {
    recordAuditEntries(entries: $entries)
  }
`;

export function auditRelay(orm: MikroORM, services: ServiceClient, logger: Logger, env: SubgraphEnv): Worker {
  return startAuditRelay({
    orm,
    logger,
    intervalMs: env.auditRelayIntervalMs,
    sink: async (entries: readonly AuditOutboxEntry[]) => {
      await services.request('identity', {
        query: RECORD_AUDIT,
        correlationId: `audit-relay-${entries[0]!.id}`,
        // identity stores each record under its id once, so a resend is harmless.
        idempotent: true,
        variables: {
          entries: entries.map((e) => ({
            id: e.id,
            occurredAt: e.occurredAt.toISOString(),
            actorUserId: e.actorUserId,
            actorRoles: e.actorRoles,
            viaService: e.viaService,
            action: e.action,
            entityType: e.entityType,
            entityIds: e.entityIds,
            correlationId: e.correlationId,
          })),
        },
      });
    },
  });
}
