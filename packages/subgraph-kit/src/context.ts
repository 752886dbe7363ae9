import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';

/**
 * Who is calling. Filled from the verified JWT the gateway forwards once the
 * identity trust chain lands; until then every caller is anonymous.
 */
export interface Caller {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<TLoaders extends object = object> {
  /** The subgraph serving the request; events it records name it as their source. */
  readonly service: string;
  /** A fork of the EntityManager: one identity map and unit of work per request. */
  readonly em: EntityManager;
  readonly loaders: TLoaders;
  readonly caller: Caller | null;
  readonly correlationId: string;
  /** JSON logger bound to the correlation ID. */
  readonly logger: Logger;
}
