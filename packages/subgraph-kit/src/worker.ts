import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { SubgraphEnv } from './env';

/** What a background worker of a subgraph may use. */
export interface WorkerDeps {
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly services: ServiceClient;
  readonly env: SubgraphEnv;
}

/** Something running beside the request path until the service stops. */
export interface Worker {
  stop(): Promise<void>;
}

export type WorkerFactory = (deps: WorkerDeps) => Worker;
