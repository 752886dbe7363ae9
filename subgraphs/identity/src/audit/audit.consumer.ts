import { defineConsumer } from '@telemed/subgraph-kit/events/consumer-definition';
import { AuditEntry } from './audit-entry.entity';

/**
 * Writes PHI audit events into the same audit log the audit outbox relay
 * feeds, keyed by the event id, so a redelivered event is logged once.
 */
export const auditLog = defineConsumer({
  name: 'identity-audit-log',
  on: {
    'audit.phi_accessed': async (event, { em }) => {
      em.create(AuditEntry, {
        id: event.event_id,
        occurredAt: new Date(event.data.accessed_at),
        actorUserId: event.data.actor_user_id,
        actorRoles: [],
        action: 'READ',
        entityType: event.data.resource_type,
        entityIds: [event.data.resource_id],
        correlationId: event.correlation_id,
        source: event.source_service,
        viaService: null,
        details: { purpose: event.data.purpose ?? null },
        receivedAt: new Date(),
      });
    },
    'audit.phi_modified': async (event, { em }) => {
      em.create(AuditEntry, {
        id: event.event_id,
        occurredAt: new Date(event.data.modified_at),
        actorUserId: event.data.actor_user_id,
        actorRoles: [],
        action: event.data.action,
        entityType: event.data.resource_type,
        entityIds: [event.data.resource_id],
        correlationId: event.correlation_id,
        source: event.source_service,
        viaService: null,
        details: { fields: event.data.fields },
        receivedAt: new Date(),
      });
    },
  },
});
