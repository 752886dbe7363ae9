import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@telemed/observability/logger';

export interface WorkerContext {
  /** Fork with `{ loggerContext: { origin: 'worker' } }`, so its SQL is not counted as a request's. */
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Work a subgraph process does besides answering GraphQL (a dispatcher that
 * polls a table, ...). Started after migrations, stopped before the database
 * pool closes. Workers must be safe to run in several replicas at once.
 */
export interface BackgroundWorker {
  readonly name: string;
  start(context: WorkerContext): { stop(): Promise<void> };
}
