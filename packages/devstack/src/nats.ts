import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, constants } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { natsAuthFrom, type NatsAuthOptions } from '@telemed/event-bus/nats-auth';
import type { Logger } from '@telemed/observability/logger';
import { hasExited, terminate } from './child-exit';
import { probeNats } from './nats-probe';
import { createOutputTail, type OutputTail } from './output-tail';
import { readPidFile } from './pid-file';
import { freePort } from './ports';
import { reclaimStaleServer } from './stale-server';

export interface StartNatsOptions {
  /** JetStream store of a spawned server, e.g. `<repo>/.data/nats`. */
  readonly dataDir: string;
  readonly logger: Logger;
  /** Where to look for a server that is already running. */
  readonly probeUrl?: string;
  /** The nats-server executable, looked up on PATH unless a path is given. */
  readonly binary?: string;
  /**
   * `own`: always start a server of our own when nats-server is on PATH, with
   * an empty store (the test stack: tests stop and restart it). `discover`
   * (default): NATS_URL, else 127.0.0.1:4222, else spawn.
   */
  readonly prefer?: 'own' | 'discover';
}

export interface NatsHandle {
  readonly url: string;
  /**
   * What clients of this server must send: for a server this process started,
   * a user and a password made for it (nats-server refuses anyone else); for
   * one it found, `NATS_CREDS` / `NATS_USER` + `NATS_PASSWORD` of the
   * environment, or nothing.
   */
  readonly auth: NatsCredentials;
  /** True when this process started the server (and `stop` stops it). */
  readonly spawned: boolean;
  stop(): Promise<void>;
  /**
   * A server this process started can be stopped and started again on the
   * same port with the same store (outage tests); undefined for one it found.
   */
  readonly control?: NatsControl;
}

export interface NatsControl {
  /** Stops the server (SIGTERM); clients keep reconnecting. */
  stopServer(): Promise<void>;
  /** Starts it again on the same port and store; resolves once it accepts JetStream requests. */
  startServer(): Promise<void>;
}

/** NATS credentials as services read them from their environment. */
export interface NatsCredentials {
  /** The `NATS_*` variables that give a service these credentials (empty: none). */
  readonly env: Readonly<Record<string, string>>;
  /** The same, as client connection options. */
  readonly options: NatsAuthOptions;
}

/** Credentials the environment names for an external NATS (none → a server that takes anyone). */
function credentialsFromEnv(): NatsCredentials {
  const env: Record<string, string> = {};
  for (const name of ['NATS_CREDS', 'NATS_USER', 'NATS_PASSWORD']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return { env, options: natsAuthFrom(env) };
}

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/** The one line a newcomer without NATS sees; it names every way out. */
export const NATS_MISSING =
  'NATS is not available: no NATS_URL, no JetStream server on 127.0.0.1:4222 and no nats-server on PATH; install it (Debian/Ubuntu: `sudo apt-get install nats-server`), or run `docker compose up -d nats`, or set NATS_URL to a JetStream-enabled server';

const READY_TIMEOUT_MS = 15_000;

/**
 * NATS for the dev and test stacks, first found of: `NATS_URL`; a JetStream
 * server already on 127.0.0.1:4222 (shared, left running); a `nats-server -js`
 * from PATH on a free port, owned by this process.
 */
export async function startNats(options: StartNatsOptions): Promise<NatsHandle> {
  const log = options.logger.child({ component: 'nats' });
  const binary = options.binary ?? 'nats-server';
  if (options.prefer === 'own') {
    if (await onPath(binary)) return spawnServer(resolve(options.dataDir), binary, log, { fresh: true });
    log.warn('nats-server is not on PATH: sharing a discovered NATS (namespaced), and tests that stop NATS cannot run');
  }
  const external = credentialsFromEnv();
  const fromEnv = process.env.NATS_URL;
  if (fromEnv) {
    log.info({ url: fromEnv, credentials: Object.keys(external.env) }, 'using NATS from NATS_URL');
    return { url: fromEnv, auth: external, spawned: false, stop: async () => {} };
  }
  const probeUrl = options.probeUrl ?? DEFAULT_NATS_URL;
  const status = await probeNats(probeUrl, undefined, external.options);
  if (status === 'jetstream') {
    log.info({ url: probeUrl, credentials: Object.keys(external.env) }, 'using the NATS server already running');
    return { url: probeUrl, auth: external, spawned: false, stop: async () => {} };
  }
  if (status === 'no-jetstream') {
    log.warn({ url: probeUrl }, 'NATS there has no JetStream; starting a nats-server of our own');
  }
  return spawnServer(resolve(options.dataDir), binary, log, { fresh: false });
}

async function spawnServer(dataDir: string, binary: string, log: Logger, options: { fresh: boolean }): Promise<NatsHandle> {
  await mkdir(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'nats-server.pid');
  const stalePid = await readPidFile(pidFile);
  if (stalePid !== undefined) {
    await reclaimStaleServer({
      name: 'nats-server',
      pid: stalePid,
      isOurs: (args) => args.includes('nats-server') && args.includes(dataDir),
      signal: 'SIGTERM',
      logger: log,
    });
  }
  // Only after the stale server is gone: it held this store.
  if (options.fresh) {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
  }
  const port = await freePort();
  const url = `nats://127.0.0.1:${port}`;
  // Our own server takes only this stack's services: a user and a fresh password, in a config file
  // only we can read (not on the command line, where `ps` would show it to every user of the machine).
  const auth: NatsCredentials = (() => {
    const env = { NATS_USER: 'telemed', NATS_PASSWORD: randomBytes(24).toString('base64url') };
    return { env, options: natsAuthFrom(env) };
  })();
  const configFile = join(dataDir, 'nats-server.conf');
  await writeFile(configFile, `authorization {\n  user: "${auth.env.NATS_USER}"\n  password: "${auth.env.NATS_PASSWORD}"\n}\n`, { mode: 0o600 });
  let child: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;

  const launch = async () => {
    const output = createOutputTail();
    // Not detached: Ctrl-C reaches it with the rest of the process group.
    const server = spawn(binary, ['-c', configFile, '-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dataDir, '-P', pidFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [server.stdout, server.stderr]) {
      stream?.setEncoding('utf8').on('data', (text: string) => {
        output.add(text);
        log.debug({ output: text.trim() }, 'nats-server');
      });
    }
    try {
      await waitUntilReady(server, url, output, auth.options);
    } catch (error) {
      await stop(server);
      throw error;
    }
    server.once('exit', (code, signal) => {
      if (stopping || server !== child) return;
      // Ctrl-C reaches nats-server with the whole process group, before the stack stops it.
      if (code === 0 || signal) log.info({ code, signal }, 'nats-server exited');
      else log.error({ code, output: output.toString() }, 'nats-server exited unexpectedly');
    });
    child = server;
  };

  await launch();
  log.info({ url, dataDir }, 'nats-server started');
  return {
    url,
    auth,
    spawned: true,
    stop: () => (stopping ??= (child ? stop(child) : Promise.resolve()).then(() => log.info('nats-server stopped'))),
    control: {
      async stopServer() {
        const current = child;
        child = undefined;
        if (current) await stop(current);
        log.info({ url }, 'nats-server stopped on request');
      },
      async startServer() {
        if (child && !hasExited(child)) return;
        await launch();
        log.info({ url }, 'nats-server started again on request');
      },
    },
  };
}

/** Whether `binary` can be run: a path that exists, or a name found on PATH. */
async function onPath(binary: string): Promise<boolean> {
  const candidates = binary.includes('/')
    ? [binary]
    : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, binary));
  for (const candidate of candidates) {
    if (await new Promise<boolean>((resolve) => access(candidate, constants.X_OK, (error) => resolve(!error)))) return true;
  }
  return false;
}

async function waitUntilReady(child: ChildProcess, url: string, output: OutputTail, auth: NatsAuthOptions): Promise<void> {
  let failure: Error | undefined;
  child.once('error', (error: NodeJS.ErrnoException) => {
    failure = error.code === 'ENOENT' ? new Error(NATS_MISSING) : error;
  });
  child.once('exit', (code, signal) => {
    failure ??= new Error(
      `nats-server exited (${signal ?? `code ${code}`}) before accepting connections:\n${output.toString()}`,
    );
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!failure) {
    if ((await probeNats(url, 500, auth)) === 'jetstream') return;
    if (Date.now() > deadline) {
      throw new Error(
        `nats-server did not accept connections at ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${output.toString()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw failure;
}

function stop(child: ChildProcess): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return Promise.resolve();
  return terminate(child, [
    { signal: 'SIGTERM', waitMs: 5_000 },
    { signal: 'SIGKILL', waitMs: 5_000 },
  ]);
}
