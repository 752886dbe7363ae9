/**
 * `npm run bench`: our gateway side by side with plain @apollo/gateway and
 * Hive Gateway over the same supergraph and subgraphs, plus the floors (the
 * root fetch straight to its subgraph, a bare fixed-JSON server). Writes the
 * table into docs/performance.md. Method: docs/decisions/0010-benchmark-method.md.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@telemed/devstack/repo-root';
import { startStack, type SubgraphStack } from '@telemed/devstack/stack';
import { createLogger } from '@telemed/observability/logger';
import { subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { pinSelf, planCpus } from './cpu';
import { benchCredentials } from './credentials';
import { changesSincePrevious, runData, writeHistory } from './history';
import { measure } from './measure';
import { mutation, queries } from './operations';
import { planRuns } from './plan';
import { startServers, type ServerProcess } from './processes';
import { renderRun } from './report';
import { rootFetchPlanner } from './root-fetch';
import { readBenchSettings } from './settings';
import { summarise } from './summary';
import { ceilingEntry, gatewayTargets, proxyEntry } from './targets';
import { machineInfo } from './machine';

const supergraphFile = join(repoRoot, 'schema', 'supergraph.graphql');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const startedAt = Date.now();
  const loadAverage = loadavg()[0] ?? Number.NaN;
  const settings = readBenchSettings();
  const cpus = planCpus(settings.pin);
  pinSelf(cpus);
  log(`bench: ${cpus.description}`);
  const operations = [...queries, ...(mutation ? [mutation] : [])];
  const rootFetch = rootFetchPlanner(readFileSync(supergraphFile, 'utf8'));
  const selected = (id: string) => !settings.only.length || settings.only.some((part) => id.includes(part));

  const servers: ServerProcess[] = [];
  let stack: SubgraphStack | undefined;
  const cancel = new AbortController();
  const stopAll = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await stack?.stop();
  };
  // Ctrl-C: a stack still starting stops what it started (signal); servers and stack are stopped here.
  const onSignal = (code: number) => {
    cancel.abort();
    void stopAll().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => onSignal(130));
  process.once('SIGTERM', () => onSignal(143));

  try {
    log('bench: starting PostgreSQL, NATS and the six subgraphs (demo data)');
    const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'warn');
    const dataDir = join(repoRoot, '.data', 'bench');
    stack = await startStack({
      mode: 'bench',
      dataDir,
      logger,
      gateway: false,
      signal: cancel.signal,
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
    // Every gateway, ours and the peers, signs its subgraph requests with the
    // key the stack provisioned for its gateway (the subgraphs trust it as
    // `gateway`); the bench sends an admin's access token to all of them.
    // Our gateway counts every request against the admin's per-user limit,
    // as in production, but with room for the whole run: the bench measures
    // what counting costs, not refusals.
    const gatewayEnv = { ...baseEnv, ...stack.gatewayServiceKeys, RATE_LIMIT_USER_PER_MINUTE: String(1_000_000_000) };
    const gatewayKeyFile = stack.gatewayServiceKeys.SERVICE_KEY_FILE;
    if (!gatewayKeyFile) throw new Error('The bench stack provisioned no service key for the gateway');
    const credentials = benchCredentials(dataDir, gatewayKeyFile);

    const targets = gatewayTargets.filter((t) => selected(t.id));
    const withCeiling = selected('ceiling');
    const withProxy = selected('proxy');
    log(
      `bench: starting ${targets.map((t) => t.label).join('; ')}${withCeiling ? '; the ceiling' : ''}${withProxy ? '; the pass-through' : ''}`,
    );
    const started = await startServers(
      [
        ...targets.map((t) => ({ name: t.label, entry: t.entry, env: { ...gatewayEnv, ...t.env }, cpus })),
        ...(withCeiling ? [{ name: 'ceiling', entry: ceilingEntry, env: baseEnv, cpus }] : []),
        ...(withProxy
          ? [{ name: 'proxy', entry: proxyEntry, path: '/identity', headers: credentials.asGateway('identity'), env: baseEnv, cpus }]
          : []),
      ],
      (server) => servers.push(server),
    );
    const gateways = targets.map((t, i) => {
      const server = started[i] as ServerProcess;
      return { id: t.id, label: t.label, url: server.url, cpuMs: server.cpuMs };
    });
    const ceiling = withCeiling ? started[targets.length] : undefined;
    const proxy = withProxy ? started[targets.length + (withCeiling ? 1 : 0)] : undefined;

    const runs = await planRuns({
      operations,
      rootFetch,
      gateways,
      subgraphUrls: stack.subgraphUrls,
      ceiling,
      proxy,
      credentials,
    });
    log(
      `bench: ${runs.length} runs x ${settings.rounds} rounds, ${settings.connections} connections, ${settings.durationSeconds} s each`,
    );
    const samples = await measure(runs, settings, log);
    const summary = summarise(runs, samples, operations, rootFetch);
    const machine = await machineInfo();
    const data = runData(summary, machine);
    const changes = await changesSincePrevious(data);
    const seconds = (Date.now() - startedAt) / 1000;
    const text = renderRun({ summary, settings, cpus, machine, changes, seconds, loadAverage });
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
