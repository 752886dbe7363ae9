/**
 * Writes the next migration of a subgraph from the difference between its
 * entities and the schema its existing migrations build, then rewrites
 * `src/migrations/list.ts` so the new migration runs in order.
 *
 *   npm run migration:create -- <subgraph> [--initial]
 *
 * Uses a scratch database on DATABASE_URL (default: local PostgreSQL on 5432).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { ensureDatabase } from '@telemed/subgraph-kit/database';
import { databaseName, migrate, openOrm } from '@telemed/subgraph-kit/orm';
import { loadSubgraph } from './load-subgraph';

async function main() {
  const [name] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  if (!name) throw new Error('usage: npm run migration:create -- <subgraph>');
  const definition = await loadSubgraph(name);
  const options = {
    serverUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    prefix: 'telemed_scratch',
    metrics: createMetrics('migration-create'),
    logger: createLogger('migration-create', 'warn'),
  };
  await ensureDatabase(options.serverUrl, databaseName(options.prefix, name), { reset: true });
  const orm = await openOrm(definition, options);
  try {
    await migrate(orm, definition, { ...options, seed: false });
    const result = await orm.getMigrator().createMigration(definition.migrationsPath, false, false);
    if (!result.fileName) {
      console.log(`No schema changes for ${name}.`);
      return;
    }
    console.log(`Wrote ${join(definition.migrationsPath, result.fileName)}`);
    writeList(definition.migrationsPath);
  } finally {
    await orm.close();
    await ensureDatabase(options.serverUrl, databaseName(options.prefix, name), { reset: true });
  }
}

function writeList(folder: string) {
  const names = readdirSync(folder)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    '/** Applied in order; written by `npm run migration:create -- <subgraph>`. */',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  writeFileSync(join(folder, 'list.ts'), lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
