import type { Logger } from '@telemed/observability/logger';
import { ensureDatabase } from '@telemed/subgraph-kit/database';
import { databaseName } from '@telemed/subgraph-kit/orm';
import { subgraphNames } from '@telemed/topology/subgraphs';

export interface PrepareOptions {
  readonly databaseUrl: string;
  readonly prefix: string;
  /** Kept for callers; each subgraph seeds its own empty tables at start (decision 3). */
  readonly seed: boolean;
  /** Drop and recreate every subgraph database first (the test stack starts from nothing). */
  readonly reset: boolean;
  readonly logger: Logger;
}

/**
 * Makes sure every subgraph's database exists (empty when `reset`). Migrations
 * and demo data are applied by each subgraph when it starts, under an advisory
 * lock, so a deployment without this script behaves the same.
 */
export async function prepareDatabases(options: PrepareOptions): Promise<void> {
  await Promise.all(
    subgraphNames.map((name) => ensureDatabase(options.databaseUrl, databaseName(options.prefix, name), { reset: options.reset })),
  );
  options.logger.info({ prefix: options.prefix, reset: options.reset }, 'subgraph databases ready');
}
