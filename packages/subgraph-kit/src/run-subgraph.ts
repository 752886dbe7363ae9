import { closeOnSignals } from '@telemed/http-server/shutdown';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { resolveSecretFiles } from '@telemed/settings/secret-files';
import { subgraphs } from '@telemed/topology/subgraphs';
import type { SubgraphDefinition } from './definition';
import { createSubgraph, ormOptionsOf } from './create-subgraph';
import { readSubgraphEnv } from './env';
import { migrate, openOrm } from './orm';

/**
 * Entry point of a subgraph process: build from the environment, listen, stop
 * on signals. With the argument `migrate` it instead applies the subgraph's
 * pending migrations (and the demo data, when `SEED_DEMO_DATA` says so) and
 * exits: the migration job of a deployment whose pods start with
 * `MIGRATE_ON_START=false`.
 */
export async function runSubgraph<TLoaders extends object>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  resolveSecretFiles(process.env);
  const defaultPort = subgraphs.find((s) => s.name === definition.name)?.port ?? 0;
  const env = readSubgraphEnv(defaultPort);
  if (process.argv[2] === 'migrate') {
    process.exitCode = await migrateOnly(definition, env);
    return;
  }
  const subgraph = await createSubgraph(definition, env);
  const port = await subgraph.service.listen(env.port);
  subgraph.logger.info({ port }, `${definition.name} subgraph listening`);
  closeOnSignals(subgraph.logger, () => subgraph.close());
}

async function migrateOnly<TLoaders extends object>(
  definition: SubgraphDefinition<TLoaders>,
  env: ReturnType<typeof readSubgraphEnv>,
): Promise<number> {
  const logger = createLogger(definition.name).child({ task: 'migrate' });
  const options = ormOptionsOf(env, createMetrics(definition.name), logger);
  try {
    const orm = await openOrm(definition, options);
    try {
      const applied = await migrate(orm, definition, { ...options, seed: env.seedDemoData });
      logger.info({ applied, seeded: env.seedDemoData }, applied.length ? 'migrations applied' : 'database already up to date');
      return 0;
    } finally {
      await orm.close();
    }
  } catch (error) {
    logger.fatal({ err: error }, 'migration failed');
    return 1;
  }
}
