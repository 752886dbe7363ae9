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
  /** The subgraph's database on the server (`DATABASE_NAME`); default `<prefix>_<name>`. */
  readonly database?: string;
  /**
   * Create the database when it is missing (`CREATE_DATABASES`, default true).
   * Off where each subgraph gets a database provisioned for it and a user that
   * may not create one (or reach the `postgres` maintenance database).
   */
  readonly createDatabase?: boolean;
}

/** The parts of a subgraph definition its database needs. */
export type OrmDefinition = Pick<SubgraphDefinition, 'name' | 'entities' | 'migrations' | 'migrationsPath' | 'auditOutbox' | 'events'>;

/** Name of a subgraph's own database: `<prefix>_<name>`. No subgraph reads another's. */
export function databaseName(prefix: string, subgraph: string): string {
  return `${prefix}_${subgraph}`;
}

/** The URL of the subgraph's own database: `DATABASE_NAME` when set, else `<prefix>_<name>`, on the server. */
export function subgraphDatabaseUrl(definition: Pick<OrmDefinition, 'name'>, options: Pick<OrmOptions, 'serverUrl' | 'prefix' | 'database'>): string {
  return databaseUrlFor(options.serverUrl, options.database ?? databaseName(options.prefix, definition.name));
}

export function ormConfig(definition: OrmDefinition, options: OrmOptions): Options {
  return {
    clientUrl: subgraphDatabaseUrl(definition, options),
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
    // openOrm creates the database (or, with CREATE_DATABASES=false, does not); MikroORM's own
    // check would create it regardless, from the maintenance database.
    ensureDatabase: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
  };
}

/** Creates the database if missing (unless told not to) and opens the ORM on it. */
export async function openOrm(definition: OrmDefinition, options: OrmOptions): Promise<MikroORM> {
  if (options.createDatabase !== false) {
    await ensureDatabase(options.serverUrl, options.database ?? databaseName(options.prefix, definition.name));
  }
  const orm = await MikroORM.init(ormConfig(definition, options));
  if (options.createDatabase === false) {
    // MikroORM connects lazily and only logs a failure; a provisioned database that is
    // missing or unreachable is a deployment error worth stopping for, with its reason.
    const check = await orm.checkConnection();
    if (!check.ok) {
      await orm.close();
      throw new Error(`${definition.name}: cannot use database ${options.database ?? databaseName(options.prefix, definition.name)}: ${check.reason}`);
    }
  }
  return orm;
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
  const lock = new pg.Client({ connectionString: subgraphDatabaseUrl(definition, options) });
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
