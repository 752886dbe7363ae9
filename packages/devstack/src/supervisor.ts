import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '@telemed/observability/logger';
import { hasExited, terminate } from './child-exit';
import { waitForHealth } from './health';

/** One service the supervisor runs: `node --import tsx <entry>`. */
export interface ServiceSpec {
  readonly name: string;
  /** Entry file, relative to the supervisor's working folder. */
  readonly entry: string;
  /** Port it listens on; `GET /healthz` there must answer 200. */
  readonly port: number;
  readonly env: NodeJS.ProcessEnv;
}

export interface SupervisorOptions {
  readonly logger: Logger;
  /** Working folder of every service (the repository root, where `tsx` resolves). */
  readonly cwd: string;
  /** How long a service may take to answer `/healthz`. */
  readonly healthTimeoutMs?: number;
  /** Aborting stops the wait for health (Ctrl-C while the stack starts). */
  readonly signal?: AbortSignal;
}

export interface Supervisor {
  /** Starts the services in parallel and resolves once all are healthy; rejects naming each one that is not. */
  startAll(specs: readonly ServiceSpec[]): Promise<void>;
  /** SIGTERM to every service, SIGKILL to those still running after 8 s. */
  stopAll(): Promise<void>;
  /** Sends `signal` to one service and waits for it to exit (a crash test: SIGKILL). */
  kill(name: string, signal: NodeJS.Signals): Promise<void>;
  /** Starts a service that exited again, with its original spec; resolves once healthy. */
  restart(name: string): Promise<void>;
}

const STOP_GRACE_MS = 8_000;

/**
 * Runs the stack's services as child processes. Each gets an IPC channel
 * besides inherited stdout/stderr: the services stop when it disconnects
 * (see closeOnSignals), so even a supervisor killed outright leaves none behind.
 */
export function createSupervisor(options: SupervisorOptions): Supervisor {
  const { logger } = options;
  const running = new Map<string, ChildProcess>();
  const specs = new Map<string, ServiceSpec>();
  // Services stopped on purpose (kill), whose exit is no crash.
  const expectedExits = new WeakSet<ChildProcess>();
  let stopping = false;

  async function start(spec: ServiceSpec): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', spec.entry], {
      cwd: options.cwd,
      env: spec.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.set(spec.name, child);
    specs.set(spec.name, spec);
    let spawnError: Error | undefined;
    child.once('error', (error) => {
      spawnError = error;
      logger.error({ serviceName: spec.name, err: error }, 'could not start service');
    });
    child.once('exit', (code, signal) => {
      if (!stopping && !expectedExits.has(child)) logger.error({ serviceName: spec.name, code, signal }, 'service exited unexpectedly');
    });
    const url = `http://127.0.0.1:${spec.port}/healthz`;
    const timeoutMs = options.healthTimeoutMs ?? 90_000;
    const result = await waitForHealth({
      url,
      timeoutMs,
      giveUp: () =>
        options.signal?.aborted ? 'aborted' : hasExited(child) || spawnError ? 'exited' : undefined,
    });
    if (result.healthy) {
      logger.info({ serviceName: spec.name, port: spec.port }, 'service healthy');
      return;
    }
    if (result.reason === 'aborted') throw new Error(`${spec.name}: start cancelled`);
    if (result.reason === 'exited') {
      const how = spawnError
        ? spawnError.message
        : child.signalCode
          ? `signal ${child.signalCode}`
          : `code ${child.exitCode}`;
      throw new Error(
        `${spec.name} (${spec.entry}) exited (${how}) before answering ${url}; its output is above`,
      );
    }
    throw new Error(
      `${spec.name} (${spec.entry}) did not answer ${url} with 200 within ${timeoutMs / 1000} s (it is still running)`,
    );
  }

  return {
    async startAll(specs) {
      const results = await Promise.allSettled(specs.map(start));
      const failures = results.flatMap((result) =>
        result.status === 'rejected' ? [errorMessage(result.reason)] : [],
      );
      if (failures.length)
        throw new Error(
          `Service${failures.length > 1 ? 's' : ''} failed to start:\n  ${failures.join('\n  ')}`,
        );
    },
    async kill(name, signal) {
      const child = running.get(name);
      if (!child) throw new Error(`No service named ${name} is running`);
      expectedExits.add(child);
      await terminate(child, [{ signal, waitMs: 10_000 }]);
      if (!hasExited(child)) throw new Error(`${name} did not exit after ${signal}`);
      running.delete(name);
    },
    async restart(name) {
      const spec = specs.get(name);
      if (!spec) throw new Error(`No service named ${name} was started`);
      const current = running.get(name);
      if (current && !hasExited(current)) throw new Error(`${name} is still running`);
      await start(spec);
    },
    async stopAll() {
      // Set before anything awaits, so exits caused by Ctrl-C are not reported as crashes.
      stopping = true;
      const children = [...running.values()];
      running.clear();
      await Promise.all(
        children.map((child) =>
          terminate(child, [
            { signal: 'SIGTERM', waitMs: STOP_GRACE_MS },
            { signal: 'SIGKILL', waitMs: 2_000 },
          ]),
        ),
      );
    },
  };
}

function errorMessage(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
