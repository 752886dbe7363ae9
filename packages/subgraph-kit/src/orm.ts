import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceMetrics } from '@telemed/observability/metrics';
import type { SubgraphDefinition } from './definition';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { AuditOutboxSchema } from './audit-outbox.entity';
import { ensureDatabase } from './database';
import { databaseUrlFor } from './env';
import { eventEntities } from './events/event-entities';
import { SqlCountingLogger } from './sql-counting-logger';

export interface OrmOptions {
  readonly serverUrl: string;
  readonly prefix: string;
  readonly metrics: ServiceMetrics;
  readonly logger: Logger;
  readonly poolMax?: number;
}

/** The parts of a subgraph definition its database needs. */
export type OrmDefinition = Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations' | 'migrationsPath' | 'auditOutbox' | 'events'>;

/** Name of a subgraph's own database: `<prefix>_<name>`. No subgraph reads another's. */
export function databaseName(prefix: string, subgraph: string): string {
  return `${prefix}_${subgraph}`;
}

export function ormConfig(definition: OrmDefinition, options: OrmOptions): Options {
  return {
    clientUrl: databaseUrlFor(options.serverUrl, databaseName(options.prefix, definition.name)),
    entities: [...definition.entities, ...(definition.auditOutbox ? [AuditOutboxSchema] : []), ...eventEntities(definition)],
    extensions: [Migrator],
    migrations: {
      migrationsList: [...definition.migrations],
      path: definition.migrationsPath,
      pathTs: definition.migrationsPath,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Query "debug" is on so every statement reaches the counting logger; the
    // logger itself decides whether to print (pino level `debug`).
    debug: ['query'],
    loggerFactory: (loggerOptions) => new SqlCountingLogger(loggerOptions, options.metrics, options.logger),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
  };
}

/** Creates the database if missing and opens the ORM on it. */
export async function openOrm(definition: OrmDefinition, options: OrmOptions): Promise<MikroORM> {
  await ensureDatabase(options.serverUrl, databaseName(options.prefix, definition.name));
  return MikroORM.init(ormConfig(definition, options));
}

/**
 * Applies pending migrations (and, when asked, the demo data) under a
 * PostgreSQL advisory lock, so replicas starting together do it once and the
 * others wait for it.
 */
export async function migrate(
  orm: MikroORM,
  definition: OrmDefinition & Pick<SubgraphDefinition, 'seed'>,
  options: OrmOptions & { seed: boolean },
): Promise<string[]> {
  const lock = new pg.Client({
    connectionString: databaseUrlFor(options.serverUrl, databaseName(options.prefix, definition.name)),
  });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${definition.name}`]);
    const applied = await orm.getMigrator().up();
    if (options.seed && definition.seed) {
      const seed = definition.seed;
      await orm.em.fork().transactional((em) => seed(em, buildDemoDataset()));
    }
    return applied.map((m) => m.name);
  } finally {
    await lock.end();
  }
}
