/**
 * Applies pending migrations of every subgraph (or the named ones) to their
 * databases on DATABASE_URL, with the settings a subgraph reads
 * (`DATABASE_PREFIX`, `DATABASE_NAME`, `CREATE_DATABASES`, `*_FILE` secrets).
 *
 *   npm run migrate [-- <subgraph>...]     migrations only
 *   npm run seed    [-- <subgraph>...]     migrations, then the demo data (into empty tables only)
 *
 * `npm start` and the subgraphs do this themselves at start (MIGRATE_ON_START);
 * this is for a database you run yourself, and is what a deployment's migration
 * job does with the built image (`node subgraphs/<name>/src/index.js migrate`).
 */
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { resolveSecretFiles } from '@telemed/settings/secret-files';
import { ormOptionsOf } from '@telemed/subgraph-kit/create-subgraph';
import { readSubgraphEnv } from '@telemed/subgraph-kit/env';
import { migrate, openOrm, subgraphDatabaseUrl } from '@telemed/subgraph-kit/orm';
import { redactPassword } from '@telemed/devstack/redact-url';
import { subgraphNames } from '@telemed/topology/subgraphs';
import { loadSubgraph } from './load-subgraph';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seed = args.includes('--seed');
  const names = args.filter((arg) => !arg.startsWith('--'));
  resolveSecretFiles(process.env);
  const env = readSubgraphEnv(0);
  if (names.length > 1 && env.databaseName) throw new Error('DATABASE_NAME names one database: migrate one subgraph at a time');
  const logger = createLogger('migrate', process.env.LOG_LEVEL ?? 'warn');
  for (const name of names.length ? names : subgraphNames) {
    const definition = await loadSubgraph(name);
    const options = ormOptionsOf(env, createMetrics(name), logger);
    const orm = await openOrm(definition, options);
    try {
      const applied = await migrate(orm, definition, { ...options, seed });
      const where = redactPassword(subgraphDatabaseUrl(definition, options));
      console.log(`${name.padEnd(12)} ${where}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}${seed ? ', demo data loaded' : ''}`);
    } finally {
      await orm.close();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
