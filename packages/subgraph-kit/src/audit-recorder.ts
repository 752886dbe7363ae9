import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@telemed/auth/claims';
import { AuditOutboxEntry, type AuditAction } from './audit-outbox.entity';

/** Who did it and in which request, fixed per request. */
export interface AuditActor {
  readonly caller: Caller | null;
  readonly viaService: string;
  readonly correlationId: string;
}

/**
 * Collects what one request read of audited (clinical) types; the kit writes
 * it to the audit outbox before the response is sent. Changes are recorded
 * with `recordChange` inside the transaction that makes them.
 */
export class AuditRecorder {
  private readonly reads = new Map<string, Set<string>>();

  constructor(
    private readonly actor: AuditActor,
    private readonly enabled: boolean,
  ) {}

  /** Notes that the caller read `entityType` `id` (the kit calls this for audited policies). */
  read(entityType: string, id: string): void {
    if (!this.enabled) throw new Error(`${entityType} is audited but this subgraph has no audit outbox (auditOutbox: true)`);
    let ids = this.reads.get(entityType);
    if (!ids) this.reads.set(entityType, (ids = new Set()));
    ids.add(id);
  }

  /**
   * Records a change (CREATE, UPDATE, DELETE) in `em`, which should be the
   * transaction of the change itself: the record commits with it or not at all.
   */
  recordChange(em: EntityManager, action: Exclude<AuditAction, 'READ'>, entityType: string, ids: readonly string[]): void {
    if (!this.enabled) throw new Error(`${entityType} changes are audited but this subgraph has no audit outbox`);
    em.persist(this.entry(action, entityType, ids));
  }

  get pending(): boolean {
    return this.reads.size > 0;
  }

  /** Writes the reads collected so far as one outbox row per type. */
  async flush(em: EntityManager): Promise<void> {
    if (!this.reads.size) return;
    const entries = [...this.reads].map(([type, ids]) => this.entry('READ', type, [...ids]));
    this.reads.clear();
    await em.insertMany(AuditOutboxEntry, entries);
  }

  private entry(action: AuditAction, entityType: string, ids: readonly string[]): AuditOutboxEntry {
    const now = new Date();
    return Object.assign(new AuditOutboxEntry(), {
      id: randomUUID(),
      occurredAt: now,
      actorUserId: this.actor.caller?.userId ?? null,
      actorRoles: [...(this.actor.caller?.roles ?? [])],
      viaService: this.actor.viaService,
      action,
      entityType,
      entityIds: [...ids],
      correlationId: this.actor.correlationId,
      deliveredAt: null,
      attempts: 0,
      nextAttemptAt: now,
    });
  }
}
