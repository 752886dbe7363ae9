import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Which CPUs the server under test gets and which ones everything else shares.
 * On a 2-core machine: the server alone on one core; the load generator, the
 * six subgraphs and PostgreSQL on the other.
 */
export interface CpuPlan {
  /** CPU list for `taskset -c` of the server under test, or undefined when nothing is pinned. */
  readonly server?: string;
  /** CPU list of this process and what it starts (load generator, subgraphs, PostgreSQL). */
  readonly rest?: string;
  /** One sentence for the report. */
  readonly description: string;
}

export function planCpus(pin: 'auto' | 'off'): CpuPlan {
  const cpus = allowedCpus();
  const count = `${cpus.length} CPU${cpus.length === 1 ? '' : 's'}`;
  if (pin === 'off')
    return { description: `${count}, not pinned (BENCH_PIN=off): everything shares every CPU` };
  if (cpus.length < 2)
    return { description: `${count}: server under test, load generator and subgraphs share it` };
  if (!hasTaskset())
    return { description: `${count}, not pinned (no taskset on PATH): everything shares every CPU` };
  const server = String(cpus[cpus.length - 1]);
  const rest = cpus.slice(0, -1).join(',');
  return {
    server,
    rest,
    description: `${count}: the server under test alone on CPU ${server}; load generator (autocannon), six subgraphs and PostgreSQL share CPU ${rest}`,
  };
}

/**
 * Moves this process, all its threads, and so everything it spawns from now
 * on (subgraphs, PostgreSQL) onto `plan.rest`.
 */
export function pinSelf(plan: CpuPlan): void {
  if (!plan.rest) return;
  execFileSync('taskset', ['-a', '-p', '-c', plan.rest, String(process.pid)], { stdio: 'ignore' });
}

/** The command that starts `argv` on the server CPUs. */
export function pinnedCommand(plan: CpuPlan, argv: readonly string[]): readonly string[] {
  return plan.server ? ['taskset', '-c', plan.server, ...argv] : argv;
}

function allowedCpus(): number[] {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const list = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)?.[1];
    if (list) return parseCpuList(list);
  } catch {
    // Not Linux: no taskset either, so only the count matters.
  }
  return Array.from({ length: availableParallelism() }, (_, i) => i);
}

/** `0-2,5` → [0, 1, 2, 5]. */
export function parseCpuList(list: string): number[] {
  return list
    .trim()
    .split(',')
    .flatMap((part) => {
      const [from, to] = part.split('-').map(Number);
      if (from === undefined || Number.isNaN(from)) return [];
      const last = to === undefined || Number.isNaN(to) ? from : to;
      return Array.from({ length: last - from + 1 }, (_, i) => from + i);
    });
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
