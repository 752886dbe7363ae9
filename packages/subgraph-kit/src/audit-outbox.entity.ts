import { EntitySchema } from '@mikro-orm/core';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE';

/**
 * An audit record waiting to reach identity's audit log. Written in the
 * subgraph's own database (in the same transaction as a change), so a record
 * exists before the response leaves; the relay delivers it later and marks it.
 * The row is shaped like the future `audit.phi_accessed|phi_modified` event.
 */
export class AuditOutboxEntry {
  id!: string;
  occurredAt: Date = new Date();
  actorUserId: string | null = null;
  actorRoles: string[] = [];
  /** The service that relayed the request (`gateway`, or a calling subgraph). */
  viaService!: string;
  action!: AuditAction;
  entityType!: string;
  entityIds: string[] = [];
  correlationId!: string;
  deliveredAt: Date | null = null;
  attempts = 0;
  nextAttemptAt: Date = new Date();
}

export const AuditOutboxSchema = new EntitySchema<AuditOutboxEntry>({
  class: AuditOutboxEntry,
  tableName: 'audit_outbox',
  indexes: [{ properties: ['deliveredAt', 'nextAttemptAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'datetime' },
    actorUserId: { type: 'uuid', nullable: true },
    actorRoles: { type: 'string[]' },
    viaService: { type: 'string', length: 64 },
    action: { type: 'string', length: 16 },
    entityType: { type: 'string', length: 64 },
    entityIds: { type: 'string[]' },
    correlationId: { type: 'string', length: 128 },
    deliveredAt: { type: 'datetime', nullable: true },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'datetime' },
  },
});
