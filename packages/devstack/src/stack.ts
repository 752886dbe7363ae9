import { join } from 'node:path';
import type { Logger } from '@telemed/observability/logger';
import { GATEWAY_PORT, subgraphs, type SubgraphInfo, type SubgraphName } from '@telemed/topology/subgraphs';
import { prepareDatabases } from '../../../scripts/prepare';
import { startNats, type NatsHandle } from './nats';
import { freePort, isPortFree } from './ports';
import { startPostgres, type PostgresHandle } from './postgres';
import { repoRoot } from './repo-root';
import { localGraphqlUrl, serviceEnv, stackSettings, type StackMode } from './service-env';
import { createSupervisor, type ServiceSpec } from './supervisor';

export type { StackMode };

export interface StackOptions {
  readonly mode: StackMode;
  /** Holds `postgres/` and `nats/` (e.g. `<repo>/.data`). */
  readonly dataDir: string;
  readonly logger: Logger;
  /** `default`: the topology's ports (4000-4006); `random`: free ones. Defaults by mode: dev `default`, others `random`. */
  readonly ports?: 'default' | 'random';
  /** `false` starts everything but the gateway (the benchmark runs gateways of its own). Default `true`. */
  readonly gateway?: boolean;
  /** Aborting cancels a start in progress; what was started is stopped and the start rejects. */
  readonly signal?: AbortSignal;
}

/** A stack started with `gateway: false`. */
export interface SubgraphStack {
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  /** PostgreSQL server URL; each subgraph's database is `<prefix>_<name>` on it. */
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** Stops services, then the servers this stack started. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface Stack extends SubgraphStack {
  readonly gatewayUrl: string;
}

interface Ports {
  readonly gateway: number;
  readonly subgraphs: Readonly<Record<SubgraphName, number>>;
}

/**
 * The whole platform on one machine: PostgreSQL and NATS, databases migrated
 * and seeded, the six subgraphs, then the gateway. `npm start` runs it in dev
 * mode; Jest's global setup in test mode, on random ports and its own
 * databases so tests never touch a running `npm start`; `npm run bench` in
 * bench mode (production settings, its own databases) without the gateway.
 */
export function startStack(options: StackOptions & { readonly gateway: false }): Promise<SubgraphStack>;
export function startStack(options: StackOptions): Promise<Stack>;
export async function startStack(options: StackOptions): Promise<Stack | SubgraphStack> {
  const { mode, logger, signal } = options;
  const settings = stackSettings(mode);
  const ports = await choosePorts(options.ports ?? (mode === 'dev' ? 'default' : 'random'));
  const subgraphUrls = mapSubgraphs(({ name }) => localGraphqlUrl(ports.subgraphs[name]));
  const supervisor = createSupervisor({ logger, cwd: repoRoot, signal });
  let postgres: PostgresHandle | undefined;
  let nats: NatsHandle | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await supervisor.stopAll();
      await Promise.all([postgres?.stop(), nats?.stop()]);
    })());

  try {
    const [pg, bus] = await Promise.allSettled([
      startPostgres({ dataDir: join(options.dataDir, 'postgres'), logger }),
      startNats({ dataDir: join(options.dataDir, 'nats'), logger }),
    ]);
    // Keep whichever started, so that stop() releases it when the other did not.
    if (pg.status === 'fulfilled') postgres = pg.value;
    if (bus.status === 'fulfilled') nats = bus.value;
    if (pg.status === 'rejected') throw pg.reason;
    if (bus.status === 'rejected') throw bus.reason;
    signal?.throwIfAborted();

    const databaseUrl = pg.value.url;
    const natsUrl = bus.value.url;
    await prepareDatabases({
      databaseUrl,
      prefix: settings.databasePrefix,
      seed: true,
      // The test and bench stacks start from the same demo data every run.
      reset: mode !== 'dev',
      logger,
    });
    signal?.throwIfAborted();

    const spec = (name: string, entry: string, port: number): ServiceSpec => ({
      name,
      entry,
      port,
      env: serviceEnv({ base: process.env, settings, port, databaseUrl, natsUrl, subgraphUrls }),
    });
    await supervisor.startAll(
      subgraphs.map(({ name }) => spec(name, `subgraphs/${name}/src/index.ts`, ports.subgraphs[name])),
    );
    if (options.gateway === false) return { subgraphUrls, databaseUrl, natsUrl, stop };
    await supervisor.startAll([spec('gateway', 'gateway/src/index.ts', ports.gateway)]);
    return { gatewayUrl: localGraphqlUrl(ports.gateway), subgraphUrls, databaseUrl, natsUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function choosePorts(choice: 'default' | 'random'): Promise<Ports> {
  if (choice === 'default') {
    await assertFree([{ name: 'gateway', port: GATEWAY_PORT }, ...subgraphs]);
    return { gateway: GATEWAY_PORT, subgraphs: mapSubgraphs((info) => info.port) };
  }
  const taken = new Set<number>();
  const pick = async (): Promise<number> => {
    // The OS may hand out a port it just handed out, once it is released.
    let port = await freePort();
    while (taken.has(port)) port = await freePort();
    taken.add(port);
    return port;
  };
  const gateway = await pick();
  const chosen = new Map<SubgraphName, number>();
  for (const { name } of subgraphs) chosen.set(name, await pick());
  return { gateway, subgraphs: mapSubgraphs((info) => chosen.get(info.name) ?? info.port) };
}

async function assertFree(wanted: readonly { name: string; port: number }[]): Promise<void> {
  const busy: string[] = [];
  for (const { name, port } of wanted) if (!(await isPortFree(port))) busy.push(`${port} (${name})`);
  if (!busy.length) return;
  const plural = busy.length > 1 ? 's' : '';
  throw new Error(
    `Port${plural} ${busy.join(', ')} already in use; is another \`npm start\` running? Stop it or free the port${plural}.`,
  );
}

function mapSubgraphs<T>(value: (info: SubgraphInfo) => T): Record<SubgraphName, T> {
  return Object.fromEntries(subgraphs.map((info) => [info.name, value(info)])) as Record<SubgraphName, T>;
}
