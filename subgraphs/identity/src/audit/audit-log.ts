import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@telemed/auth/claims';
import { AuditEntry } from './audit-entry.entity';

export type AccountEvent =
  | 'REGISTER'
  | 'EMAIL_VERIFIED'
  | 'SIGN_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGN_OUT'
  | 'REFRESH_TOKEN_REUSE'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'EMAIL_CHANGE_REQUESTED'
  | 'EMAIL_CHANGED'
  | 'TWO_FACTOR_ENABLED'
  | 'TWO_FACTOR_DISABLED'
  | 'API_KEY_CREATED'
  | 'API_KEY_REVOKED';

/**
 * Records an account event in identity's own audit log, in `em`'s unit of
 * work (flushed with the change it describes). `actorUserId` is the account
 * acting, which for sign-ins is the account signing in.
 */
export function recordAccountEvent(
  em: EntityManager,
  event: { action: AccountEvent; actor: Pick<Caller, 'userId' | 'roles'> | null; entityType: string; entityIds: string[]; correlationId: string; viaService?: string },
): void {
  em.persist(
    Object.assign(new AuditEntry(), {
      id: randomUUID(),
      occurredAt: new Date(),
      actorUserId: event.actor?.userId ?? null,
      actorRoles: [...(event.actor?.roles ?? [])],
      action: event.action,
      entityType: event.entityType,
      entityIds: event.entityIds,
      correlationId: event.correlationId,
      source: 'identity',
      viaService: event.viaService ?? null,
      receivedAt: new Date(),
    }),
  );
}
