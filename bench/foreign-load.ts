import { readdirSync, readFileSync } from 'node:fs';

/**
 * How busy processes outside this benchmark kept the machine: on a shared
 * 2-core box, another job's test run halves what any server here can do, and
 * the report must say so rather than blame the server.
 */
export interface CpuSnapshot {
  /** Jiffies of all CPUs, busy and idle. */
  readonly total: number;
  /** Jiffies all CPUs spent running processes (user, system) or lost to other virtual machines (steal). */
  readonly busy: number;
  /** Busy jiffies of this process and everything it started. */
  readonly ours: number;
}

/** Share (0..1) of the machine's CPU time between two snapshots used by other processes; NaN off Linux. */
export function foreignShare(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): number {
  if (!before || !after || after.total <= before.total) return Number.NaN;
  const share = (after.busy - before.busy - (after.ours - before.ours)) / (after.total - before.total);
  return Math.max(0, share);
}

export function cpuSnapshot(): CpuSnapshot | undefined {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.split(/\s+/).slice(1).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = cpu;
    // Interrupt time is left out of "busy": loopback networking is largely softirq work
    // caused by the benchmark's own traffic, and no process is charged for it.
    const busy = user + nice + system + steal;
    return { total: busy + idle + iowait + irq + softirq, busy, ours: treeJiffies(process.pid) };
  } catch {
    return undefined;
  }
}

/** utime + stime of `root` and all its descendants. */
function treeJiffies(root: number): number {
  const children = new Map<number, number[]>();
  const used = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const pid = Number(entry);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      used.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += used.get(pid) ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}
