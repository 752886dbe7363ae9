import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import type { Logger } from '@telemed/observability/logger';
import { GATEWAY_OPS_PORT, GATEWAY_PORT, subgraphs, subgraphUrlVariable, type SubgraphInfo, type SubgraphName } from '@telemed/topology/subgraphs';
import { prepareDatabases } from '../../../scripts/prepare';
import { apps, appUrl } from './apps';
import { startNats, type NatsHandle } from './nats';
import { freePort, isPortFree } from './ports';
import { startPostgres, type PostgresHandle } from './postgres';
import { repoRoot } from './repo-root';
import { localGraphqlUrl, serviceEnv, stackSettings, type StackMode } from './service-env';
import { provisionDataKey, provisionServiceKeys } from './service-keys';
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
  /**
   * Also serve the doctor and patient apps (Vite dev servers on 5173 and 5174).
   * Default: in dev mode only; tests build and serve the apps themselves.
   */
  readonly apps?: boolean;
  /** Aborting cancels a start in progress; what was started is stopped and the start rejects. */
  readonly signal?: AbortSignal;
}

/** A stack started with `gateway: false`. */
export interface SubgraphStack {
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  /** PostgreSQL server URL; each subgraph's database is `<prefix>_<name>` on it. */
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** The `NATS_*` credential variables clients of `natsUrl` need (empty when it takes anyone). */
  readonly natsAuth: Readonly<Record<string, string>>;
  /**
   * The service-key environment (`SERVICE_KEY_FILE`, `SERVICE_JWKS_FILE`) the
   * stack gives its gateway: for gateways started outside it (the benchmark's),
   * which the subgraphs then trust as the gateway.
   */
  readonly gatewayServiceKeys: Readonly<NodeJS.ProcessEnv>;
  /** EVENT_NAMESPACE of this stack's services. */
  readonly eventNamespace: string;
  /** Whether `stopNats`/`startNats` work: only for a nats-server this stack started. */
  readonly natsControllable: boolean;
  /** Stops this stack's nats-server (services keep reconnecting); throws when it is not ours. */
  stopNats(): Promise<void>;
  /** Starts it again on the same port with the same store. */
  startNats(): Promise<void>;
  /** Sends a signal to one service (SIGKILL: a crash) and waits for it to exit. */
  killService(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a service that was killed again; resolves once it is healthy. */
  restartService(name: string): Promise<void>;
  /** Stops services, then the servers this stack started. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface Stack extends SubgraphStack {
  readonly gatewayUrl: string;
  /**
   * Every gateway replica of the stack, the first being `gatewayUrl`. The test
   * stack runs two, as a load balancer would, to prove that any replica
   * serves any subscriber. The second one routes to a second appointment
   * process (`appointmentReplicaUrl`), so subscriptions are served by two
   * appointment replicas as well.
   */
  readonly gatewayUrls: readonly string[];
  /**
   * Each gateway replica's operations listener (`/readyz`, `/metrics`), in the
   * order of `gatewayUrls`: the public port serves neither.
   */
  readonly gatewayOpsUrls: readonly string[];
  /** The test stack's second appointment process, behind the second gateway; null elsewhere. */
  readonly appointmentReplicaUrl: string | null;
  /** The apps the stack serves (none unless `apps`), with where to open them. */
  readonly apps: readonly { readonly label: string; readonly url: string }[];
}

interface Ports {
  readonly gateway: number;
  /** The first gateway's operations port (replicas pick their own). */
  readonly gatewayOps: number;
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
  const withApps = options.gateway !== false && (options.apps ?? mode === 'dev');
  const ports = await choosePorts(options.ports ?? (mode === 'dev' ? 'default' : 'random'), withApps);
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
      // Tests stop and restart NATS, so the test stack runs a server of its own when it can.
      startNats({ dataDir: join(options.dataDir, 'nats'), logger, prefer: mode === 'test' ? 'own' : 'discover' }),
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

    // Only identity holds the access-token key; everyone else verifies through its JWKS.
    const identityKeys = {
      JWT_SIGNING_KEY_FILE: signingKeyFile(options.dataDir),
      IDENTITY_DATA_KEY_FILE: join(options.dataDir, 'keys', 'identity-data-key'),
    };
    // Identity creates missing keys only outside production; the bench stack
    // runs production settings, so the stack provisions them, as a secret store would.
    loadSigningKeyFile(identityKeys.JWT_SIGNING_KEY_FILE, { create: true });
    provisionDataKey(identityKeys.IDENTITY_DATA_KEY_FILE);
    // Every service holds its own service-token key and trusts the bundle of all of them.
    const serviceKeys = provisionServiceKeys(options.dataDir, ['gateway', ...subgraphs.map((s) => s.name)]);
    // Storage keeps bytes per stack and signs file links with a key of its own; the
    // links point at this stack's first gateway, whose port is already chosen.
    const storageFiles = {
      STORAGE_DIR: join(options.dataDir, 'files'),
      FILE_LINK_KEY_FILE: join(options.dataDir, 'keys', 'file-link-key'),
      FILES_PUBLIC_URL: `http://127.0.0.1:${ports.gateway}/files`,
    };
    provisionDataKey(storageFiles.FILE_LINK_KEY_FILE);
    // The test and bench stacks start from the demo data; their files start empty with it.
    if (mode !== 'dev') rmSync(storageFiles.STORAGE_DIR, { recursive: true, force: true });
    const spec = (name: string, entry: string, port: number): ServiceSpec => ({
      name,
      entry,
      port,
      env: {
        ...serviceEnv({ base: process.env, settings, port, databaseUrl, natsUrl, natsAuth: bus.value.auth.env, subgraphUrls }),
        ...serviceKeys[name],
        ...(name === 'identity' ? identityKeys : {}),
        ...(name === 'storage' ? storageFiles : {}),
        // Tests read the audit log right after a request; deliver audit records promptly there.
        // A short JWKS freshness, so a test can outlast it during an identity outage.
        ...(mode === 'test' ? { AUDIT_RELAY_INTERVAL_MS: '100', JWKS_CACHE_SECONDS: '2' } : {}),
        ...rateLimitEnv(mode, settings.eventNamespace),
      },
    });
    await supervisor.startAll(
      subgraphs.map(({ name }) => spec(name, `subgraphs/${name}/src/index.ts`, ports.subgraphs[name])),
    );
    const control = bus.value.control;
    const natsControl = () => {
      if (!control) throw new Error('This stack did not start its NATS server (nats-server is not on PATH), so it cannot stop it');
      return control;
    };
    const base: SubgraphStack = {
      subgraphUrls,
      databaseUrl,
      natsUrl,
      natsAuth: bus.value.auth.env,
      gatewayServiceKeys: serviceKeys.gateway ?? {},
      eventNamespace: settings.eventNamespace,
      natsControllable: !!control,
      stopNats: () => natsControl().stopServer(),
      startNats: () => natsControl().startServer(),
      killService: (name, signal = 'SIGKILL') => supervisor.kill(name, signal),
      restartService: (name) => supervisor.restart(name),
      stop,
    };
    if (options.gateway === false) return base;
    // Replicas share the gateway's service identity (its key), as they would behind a load balancer.
    const replicas: number[] = [];
    let appointmentReplica: number | null = null;
    if (mode === 'test') {
      // The first gateway's port is chosen but not bound yet: don't pick it again.
      let port = await freePort();
      while (port === ports.gateway) port = await freePort();
      replicas.push(port);
      // A second appointment process on the same database and NATS, as a deployment scales it out.
      appointmentReplica = await freePort();
      while (appointmentReplica === ports.gateway || replicas.includes(appointmentReplica)) appointmentReplica = await freePort();
      await supervisor.startAll([
        { ...spec('appointment', 'subgraphs/appointment/src/index.ts', appointmentReplica), name: 'appointment-2' },
      ]);
    }
    const opsPorts = [ports.gatewayOps];
    for (const _ of replicas) {
      let port = await freePort();
      while ([ports.gateway, ...replicas, appointmentReplica, ...opsPorts].includes(port)) port = await freePort();
      opsPorts.push(port);
    }
    const gatewaySpec = (port: number, opsPort: number): ServiceSpec => {
      const base = spec('gateway', 'gateway/src/index.ts', port);
      return { ...base, env: { ...base.env, GATEWAY_OPS_PORT: String(opsPort), GATEWAY_OPS_HOST: '127.0.0.1' } };
    };
    const replicaSpec = (port: number, i: number): ServiceSpec => {
      const base = gatewaySpec(port, opsPorts[i + 1]!);
      const env = appointmentReplica === null ? base.env : { ...base.env, [subgraphUrlVariable('appointment')]: localGraphqlUrl(appointmentReplica) };
      return { ...base, name: `gateway-${i + 2}`, env };
    };
    await supervisor.startAll([gatewaySpec(ports.gateway, ports.gatewayOps), ...replicas.map(replicaSpec)]);
    const gatewayUrl = localGraphqlUrl(ports.gateway);
    if (withApps) {
      await supervisor.startAll(
        apps.map((app) => ({
          name: app.name,
          entry: 'packages/devstack/src/app-server.ts',
          port: app.port,
          env: { ...process.env, PORT: String(app.port), APP_NAME: app.name, APP_FOLDER: app.folder, VITE_GATEWAY_URL: gatewayUrl },
        })),
      );
    }
    return {
      ...base,
      gatewayUrl,
      gatewayUrls: [ports.gateway, ...replicas].map(localGraphqlUrl),
      gatewayOpsUrls: opsPorts.map((port) => `http://127.0.0.1:${port}`),
      appointmentReplicaUrl: appointmentReplica === null ? null : localGraphqlUrl(appointmentReplica),
      apps: withApps ? apps.map((app) => ({ label: app.label, url: appUrl(app) })) : [],
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function choosePorts(choice: 'default' | 'random', withApps: boolean): Promise<Ports> {
  if (choice === 'default') {
    // Apps too, before anything starts: a taken 5173 should fail the start at once, not after migrations.
    await assertFree([{ name: 'gateway', port: GATEWAY_PORT }, { name: 'gateway operations', port: GATEWAY_OPS_PORT }, ...subgraphs, ...(withApps ? apps : [])]);
    return { gateway: GATEWAY_PORT, gatewayOps: GATEWAY_OPS_PORT, subgraphs: mapSubgraphs((info) => info.port) };
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
  const gatewayOps = await pick();
  const chosen = new Map<SubgraphName, number>();
  for (const { name } of subgraphs) chosen.set(name, await pick());
  return { gateway, gatewayOps, subgraphs: mapSubgraphs((info) => chosen.get(info.name) ?? info.port) };
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

/**
 * Future appointments a patient may hold on the test stack: the suite books
 * many for a few demo patients, more than production's default of 10.
 */
export const TEST_MAX_FUTURE_APPOINTMENTS = 1000;

/**
 * The stack gateway's rate limits (and the booking quota, above). The test suite sends thousands of requests
 * from one address as a handful of users, so its stack only counts (tests of
 * the limits run gateways of their own with small ones); each run counts
 * under its own prefix, so a shared Redis (`REDIS_URL`) starts every run from zero.
 */
function rateLimitEnv(mode: StackMode, namespace: string): Record<string, string> {
  if (mode !== 'test') return {};
  const roomy = String(1_000_000);
  return {
    MAX_FUTURE_APPOINTMENTS_PER_PATIENT: String(TEST_MAX_FUTURE_APPOINTMENTS),
    RATE_LIMIT_PREFIX: `telemed-test:${namespace}`,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: roomy,
    RATE_LIMIT_USER_PER_MINUTE: roomy,
    RATE_LIMIT_KEY_LOOKUPS_PER_MINUTE: roomy,
  };
}

/** Where a stack keeps identity's access-token signing key (created on first use). */
export function signingKeyFile(dataDir: string): string {
  return join(dataDir, 'keys', 'jwt-signing-key.pem');
}
