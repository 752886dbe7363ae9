import { EntitySchema } from '@mikro-orm/core';

/**
 * The PHI audit log: who read or changed which patient's protected health
 * information, when, and for which request. Append-only; written from
 * `audit.phi_accessed` and `audit.phi_modified` events, whichever subgraph
 * touched the data.
 */
export class AuditEntry {
  /** The event's id: an event is logged once however often it is delivered. */
  id!: string;
  action!: 'READ' | 'CREATE' | 'UPDATE' | 'DELETE';
  actorUserId!: string;
  patientId!: string;
  resourceType!: string;
  resourceId!: string;
  /** Fields changed (modifications) or the stated purpose (reads). */
  details!: Record<string, unknown>;
  sourceService!: string;
  correlationId!: string;
  occurredAt!: Date;
  recordedAt: Date = new Date();
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  indexes: [{ properties: ['patientId', 'occurredAt'] }, { properties: ['actorUserId', 'occurredAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    action: { type: 'string', length: 8 },
    actorUserId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    resourceType: { type: 'string', length: 64 },
    resourceId: { type: 'uuid' },
    details: { type: 'json' },
    sourceService: { type: 'string', length: 64 },
    correlationId: { type: 'string', length: 128 },
    occurredAt: { type: 'datetime' },
    recordedAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
