import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { AuditEntry } from './audit-entry.entity';

export interface AuditLogQuery {
  readonly actorUserId?: string | null;
  readonly action?: string | null;
  readonly entityType?: string | null;
  readonly entityId?: string | null;
  readonly correlationId?: string | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
  readonly before: Cursor | null;
  readonly first: number;
}

/** A page of the audit log, newest first, one row beyond `first` to know whether more follow. */
export function findAuditEntries(em: EntityManager, query: AuditLogQuery): Promise<AuditEntry[]> {
  const where: Record<string, unknown>[] = [];
  if (query.actorUserId) where.push({ actorUserId: query.actorUserId });
  if (query.action) where.push({ action: query.action });
  if (query.entityType) where.push({ entityType: query.entityType });
  if (query.entityId) where.push({ entityIds: { $overlap: [query.entityId] } });
  if (query.correlationId) where.push({ correlationId: query.correlationId });
  if (query.from) where.push({ occurredAt: { $gte: query.from } });
  if (query.to) where.push({ occurredAt: { $lt: query.to } });
  if (query.before) {
    const at = new Date(query.before.key);
    where.push({ $or: [{ occurredAt: { $lt: at } }, { occurredAt: at, id: { $lt: query.before.id } }] });
  }
  return em.find(AuditEntry, where.length ? { $and: where } : {}, {
    orderBy: { occurredAt: 'desc', id: 'desc' },
    limit: query.first + 1,
  });
}

export interface AuditRecord {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actorRoles: readonly string[];
  readonly viaService: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityIds: readonly string[];
  readonly correlationId: string;
}

/** Stores records from a subgraph's outbox; ids already stored are skipped (delivery is at least once). */
export async function storeAuditRecords(em: EntityManager, source: string, records: readonly AuditRecord[]): Promise<number> {
  if (!records.length) return 0;
  const values = records.map(() => '(?, ?, ?, ?::text[], ?, ?, ?::text[], ?, ?, ?, now())').join(', ');
  // Arrays go as PostgreSQL array literals: the driver layer would spread a JS array into separate parameters.
  const params = records.flatMap((r) => [
    r.id,
    r.occurredAt,
    r.actorUserId,
    textArray(r.actorRoles),
    r.action,
    r.entityType,
    textArray(r.entityIds),
    r.correlationId,
    source,
    r.viaService,
  ]);
  const result = await em.getConnection().execute(
    `insert into audit_entry (id, occurred_at, actor_user_id, actor_roles, action, entity_type, entity_ids, correlation_id, source, via_service, received_at)
     values ${values} on conflict (id) do nothing`,
    params,
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows ?? 0;
}

/** A PostgreSQL `text[]` literal: every element quoted, quotes and backslashes escaped. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
