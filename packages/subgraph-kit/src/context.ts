import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@telemed/auth/claims';
import type { Logger } from '@telemed/observability/logger';

export type { Caller };

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<TLoaders extends object = object> {
  /** A fork of the EntityManager: one identity map and unit of work per request. */
  readonly em: EntityManager;
  readonly loaders: TLoaders;
  /** The verified caller of the forwarded access token; null for anonymous requests. */
  readonly caller: Caller | null;
  readonly correlationId: string;
  /** JSON logger bound to the correlation ID. */
  readonly logger: Logger;
  /**
   * Headers to pass on when this subgraph calls another service for the same
   * request: the caller's `authorization` (when sent), `x-correlation-id` and
   * `traceparent` (when sent), so the callee sees the same caller and logs the same ID.
   */
  readonly forwardHeaders: Readonly<Record<string, string>>;
}
