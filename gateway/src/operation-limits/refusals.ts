import { Counter, type Registry } from 'prom-client';
import type { Caller } from '@telemed/auth/claims';
import type { Logger } from '@telemed/observability/logger';
import { QUERY_TOO_COMPLEX, type Refusal } from './operation-limiter';

/** Who was refused, in words with few values (a metric label). */
export type CallerKind = 'anonymous' | 'patient' | 'doctor' | 'admin' | 'partner';

export function callerKind(caller: Caller | null): CallerKind {
  if (!caller) return 'anonymous';
  if (caller.roles.includes('PARTNER')) return 'partner';
  if (caller.roles.includes('ADMIN')) return 'admin';
  if (caller.roles.includes('DOCTOR')) return 'doctor';
  return 'patient';
}

export interface RefusedOperation {
  readonly refusal: Refusal;
  readonly transport: 'http' | 'ws';
  readonly caller: Caller | null;
  /** As the caller named it; logged, never a metric label. */
  readonly operationName: string | null | undefined;
  /** Bound to the request's correlation ID. */
  readonly logger: Logger;
}

export type RecordRefusal = (refused: RefusedOperation) => void;

/**
 * Logs each refusal at `warn` (limit, caller kind, operation name) and counts
 * it in `graphql_operations_refused_total{limit,transport,caller}` on the
 * gateway's `/metrics`.
 */
export function refusalRecorder(registry: Registry): RecordRefusal {
  const refused = new Counter({
    name: 'graphql_operations_refused_total',
    help: 'Operations refused for going over an operation limit (QUERY_TOO_COMPLEX), by limit, transport and caller kind',
    labelNames: ['limit', 'transport', 'caller'],
    registers: [registry],
  });
  return ({ refusal, transport, caller, operationName, logger }) => {
    const kind = callerKind(caller);
    refused.inc({ limit: refusal.limit, transport, caller: kind });
    logger.warn(
      {
        code: QUERY_TOO_COMPLEX,
        ...refusal,
        transport,
        callerKind: kind,
        operationName: typeof operationName === 'string' ? operationName.slice(0, 100) : null,
      },
      'operation refused: over a limit',
    );
  };
}
