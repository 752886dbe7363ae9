import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceClient } from '@telemed/service-client/service-client';
import type { SubgraphEnv } from './env';

/** What a background worker of a subgraph may use. */
export interface WorkerDeps {
  /** Fork with `{ loggerContext: { origin: 'worker' } }`, so its SQL is not counted as a request's. */
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly services: ServiceClient;
  readonly env: SubgraphEnv;
  /** The raw process environment, for a worker's own settings (`NOTIFY_POLL_MS`, `SMTP_URL`, ...). */
  readonly processEnv: NodeJS.ProcessEnv;
}

/** Something running beside the request path until the service stops. */
export interface Worker {
  stop(): Promise<void>;
}

/**
 * Work a subgraph process does besides answering GraphQL (a dispatcher that
 * polls a table, ...). Started after migrations, stopped before the database
 * pool closes. Workers must be safe to run in several replicas at once.
 */
export interface BackgroundWorker {
  readonly name: string;
  start(deps: WorkerDeps): Worker;
}
