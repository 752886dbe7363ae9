import { defineConsumer } from '@telemed/subgraph-kit/events/consumer-definition';
import { AuditEntry } from './audit-entry.entity';

/** Writes the PHI audit log from the audit events every subgraph records. */
export const auditLog = defineConsumer({
  name: 'identity-audit-log',
  on: {
    'audit.phi_accessed': async (event, { em }) => {
      em.create(AuditEntry, {
        id: event.event_id,
        action: 'READ',
        actorUserId: event.data.actor_user_id,
        patientId: event.data.patient_id,
        resourceType: event.data.resource_type,
        resourceId: event.data.resource_id,
        details: { purpose: event.data.purpose ?? null },
        sourceService: event.source_service,
        correlationId: event.correlation_id,
        occurredAt: new Date(event.data.accessed_at),
        recordedAt: new Date(),
      });
    },
    'audit.phi_modified': async (event, { em }) => {
      em.create(AuditEntry, {
        id: event.event_id,
        action: event.data.action,
        actorUserId: event.data.actor_user_id,
        patientId: event.data.patient_id,
        resourceType: event.data.resource_type,
        resourceId: event.data.resource_id,
        details: { fields: event.data.fields },
        sourceService: event.source_service,
        correlationId: event.correlation_id,
        occurredAt: new Date(event.data.modified_at),
        recordedAt: new Date(),
      });
    },
  },
});
