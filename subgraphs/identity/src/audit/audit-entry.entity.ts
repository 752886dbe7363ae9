import { EntitySchema } from '@mikro-orm/core';

/** One record of identity's audit log: clinical reads and changes relayed by subgraphs, and account events. */
export class AuditEntry {
  id!: string;
  occurredAt!: Date;
  actorUserId: string | null = null;
  actorRoles: string[] = [];
  action!: string;
  entityType!: string;
  entityIds: string[] = [];
  correlationId!: string;
  /** The service that recorded it. */
  source!: string;
  viaService: string | null = null;
  /** What the audit event adds beyond the common shape: a read's purpose, a change's fields; null otherwise. */
  details: Record<string, unknown> | null = null;
  receivedAt: Date = new Date();
}

export const AuditEntrySchema = new EntitySchema<AuditEntry>({
  class: AuditEntry,
  tableName: 'audit_entry',
  indexes: [
    { properties: ['occurredAt', 'id'] },
    { properties: ['actorUserId', 'occurredAt'] },
    { properties: ['correlationId'] },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'datetime' },
    actorUserId: { type: 'uuid', nullable: true },
    actorRoles: { type: 'string[]' },
    action: { type: 'string', length: 32 },
    entityType: { type: 'string', length: 64 },
    entityIds: { type: 'string[]' },
    correlationId: { type: 'string', length: 128 },
    source: { type: 'string', length: 64 },
    viaService: { type: 'string', length: 64, nullable: true },
    details: { type: 'json', nullable: true },
    receivedAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
