import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hasExited, terminate } from '@telemed/devstack/child-exit';
import { freePort } from '@telemed/devstack/ports';
import { repoRoot } from '@telemed/devstack/repo-root';
import { type CpuPlan, pinnedCommand } from './cpu';

/** A server the benchmark started and drives. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The origin and the spec's path. */
  readonly url: string;
  /** CPU time (user + system, all threads) the server has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export interface ServerSpec {
  readonly name: string;
  /** TypeScript entry, relative to the repository root; run as `node --import tsx <entry>`. */
  readonly entry: string;
  /** Path answering a GraphQL query once the server is up (default `/graphql`). */
  readonly path?: string;
  /** Sent with the readiness query besides `content-type` (the pass-through needs credentials for its subgraph). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly env: NodeJS.ProcessEnv;
  readonly cpus: CpuPlan;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the servers in parallel, each on its own free port. `started`
 * receives each one that came up, so the caller can stop them all even when
 * another failed; the first failure is then thrown.
 */
export async function startServers(
  specs: readonly ServerSpec[],
  started: (server: ServerProcess) => void,
): Promise<ServerProcess[]> {
  const ports = new Set<number>();
  while (ports.size < specs.length) ports.add(await freePort());
  const results = await Promise.allSettled(
    specs.map((spec, i) => startServer(spec, [...ports][i] as number)),
  );
  for (const result of results) if (result.status === 'fulfilled') started(result.value);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<ServerProcess>).value);
}

/**
 * Starts one server as its own process, on the server CPU when pinning, and
 * resolves once it answers a GraphQL query with 200. The child gets an IPC
 * channel: every server here exits when it disconnects, so a killed benchmark
 * leaves none behind.
 */
async function startServer(spec: ServerSpec, port: number): Promise<ServerProcess> {
  const [command, ...args] = pinnedCommand(spec.cpus, [process.execPath, '--import', 'tsx', spec.entry]);
  const child = spawn(command as string, args, {
    cwd: repoRoot,
    env: { ...spec.env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${spec.path ?? '/graphql'}`;
  const stop = () =>
    terminate(child, [
      { signal: 'SIGTERM', waitMs: 5_000 },
      { signal: 'SIGKILL', waitMs: 2_000 },
    ]);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(url, spec.headers))) {
    if (hasExited(child)) throw new Error(`${spec.name} (${spec.entry}) exited before answering ${url}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${spec.name} did not answer ${url} within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid as number;
  return { origin, url, stop, cpuMs: () => processCpuMs(pid) };
}

let ticksPerSecond: number | undefined;

/** utime + stime of a process from /proc (Linux); NaN elsewhere. `taskset` execs, so the pid is the server's. */
function processCpuMs(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

async function answers(url: string, headers?: Readonly<Record<string, string>>): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2_000),
    });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}
