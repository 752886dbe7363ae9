/**
 * `npm run bench`: our gateway side by side with plain @apollo/gateway and
 * Hive Gateway over the same supergraph and subgraphs, plus the floors (the
 * root fetch straight to its subgraph, a bare fixed-JSON server). Writes the
 * table into docs/performance.md. Method: docs/decisions/0010-benchmark-method.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@telemed/devstack/repo-root';
import { freePort } from '@telemed/devstack/ports';
import { startStack, type SubgraphStack } from '@telemed/devstack/stack';
import { createLogger } from '@telemed/observability/logger';
import { subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { pinSelf, planCpus } from './cpu';
import { changesSincePrevious, runData, writeHistory } from './history';
import { measure } from './measure';
import { mutation, queries } from './operations';
import { planRuns } from './plan';
import { startServer, type ServerProcess } from './processes';
import { renderRun } from './report';
import { rootFetchPlanner } from './root-fetch';
import { readBenchSettings } from './settings';
import { summarise } from './summary';
import { ceilingEntry, gatewayTargets } from './targets';
import { machineInfo } from './machine';

const supergraphFile = join(repoRoot, 'schema', 'supergraph.graphql');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const started = Date.now();
  const settings = readBenchSettings();
  const cpus = planCpus(settings.pin);
  pinSelf(cpus);
  log(`bench: ${cpus.description}`);
  const operations = [...queries, ...(mutation ? [mutation] : [])];
  const rootFetch = rootFetchPlanner(readFileSync(supergraphFile, 'utf8'));
  const selected = (id: string) => !settings.only.length || settings.only.some((part) => id.includes(part));

  const servers: ServerProcess[] = [];
  let stack: SubgraphStack | undefined;
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await stack?.stop();
  };
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  process.once('SIGTERM', () => void stopAll().finally(() => process.exit(143)));

  try {
    log('bench: starting PostgreSQL, NATS and the six subgraphs (demo data)');
    const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'warn');
    stack = await startStack({
      mode: 'bench',
      dataDir: join(repoRoot, '.data', 'bench'),
      logger,
      gateway: false,
    });
    const subgraphEnv = Object.fromEntries(
      Object.entries(stack.subgraphUrls).map(([name, url]) => [subgraphUrlVariable(name), url]),
    );
    const baseEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SUPERGRAPH_PATH: supergraphFile,
      ...subgraphEnv,
    };

    const gateways = [];
    for (const target of gatewayTargets.filter((t) => selected(t.id))) {
      log(`bench: starting ${target.label}`);
      const server = await startServer({
        name: target.label,
        entry: target.entry,
        port: await freePort(),
        env: { ...baseEnv, ...target.env },
        cpus,
      });
      servers.push(server);
      gateways.push({ id: target.id, label: target.label, url: server.url, cpuMs: server.cpuMs });
    }
    let ceiling: ServerProcess | undefined;
    if (selected('ceiling')) {
      const server = await startServer({
        name: 'ceiling',
        entry: ceilingEntry,
        port: await freePort(),
        env: baseEnv,
        cpus,
      });
      servers.push(server);
      ceiling = server;
    }

    const runs = await planRuns({
      operations,
      rootFetch,
      gateways,
      subgraphUrls: stack.subgraphUrls,
      ceiling,
    });
    log(
      `bench: ${runs.length} runs x ${settings.rounds} rounds, ${settings.connections} connections, ${settings.durationSeconds} s each`,
    );
    const samples = await measure(runs, settings, log);
    const summary = summarise(runs, samples, operations, rootFetch);
    const machine = await machineInfo();
    const data = runData(summary, machine);
    const changes = await changesSincePrevious(data);
    const seconds = (Date.now() - started) / 1000;
    const text = renderRun({ summary, settings, cpus, machine, changes, seconds });
    process.stdout.write(`\n${text}\n`);
    if (settings.write) await writeHistory(text, data);
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`\nnpm run bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
