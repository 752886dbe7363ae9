import { cpuSnapshot, foreignShare } from './foreign-load';
import { runLoad, type LoadResult } from './load';
import type { Run } from './plan';
import type { BenchSettings } from './settings';
import type { TargetId } from './targets';

/** What one run measured in one round. */
export interface Sample {
  readonly round: number;
  readonly target: TargetId;
  readonly operation: string;
  /** Under load: `connections` concurrent connections for the run's duration. */
  readonly load: LoadResult;
  /** CPU the server under test used per request under load, in ms; NaN when not known (the subgraphs). */
  readonly cpuMsPerRequest: number;
  /** At low load: one connection, one request after another. */
  readonly probe: LoadResult;
  /** Share of the machine's CPU that processes outside the benchmark used during the load run. */
  readonly foreignCpu: number;
}

/** Longest wait for a server to finish the requests still in flight when a load run stops. */
const MAX_DRAIN_MS = 1_000;

/**
 * A warm-up pass over every run (JIT, connection pools, PostgreSQL caches),
 * then each run once per round, in the same order each round (A B C D, A B C
 * D, ...), so slow drift of a shared machine spreads over all servers alike.
 * Each run: the low-load probe first (the machine is quiet), the measured
 * load, then a pause for the requests the load generator abandoned when it
 * stopped, so they do not slow the next probe.
 */
export async function measure(
  runs: readonly Run[],
  settings: BenchSettings,
  progress: (line: string) => void,
): Promise<Sample[]> {
  const { connections, warmupSeconds } = settings;
  if (warmupSeconds > 0) {
    progress(`warm-up pass: ${runs.length} runs x ${warmupSeconds} s`);
    for (const run of runs) await runLoad(run.request, { connections, durationSeconds: warmupSeconds });
  }
  const samples: Sample[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const run of runs) {
      const probe = await runLoad(run.request, { connections: 1, durationSeconds: settings.probeSeconds });
      const cpuBefore = run.cpuMs?.() ?? Number.NaN;
      const machineBefore = cpuSnapshot();
      const load = await runLoad(run.request, { connections, durationSeconds: settings.durationSeconds });
      const foreignCpu = foreignShare(machineBefore, cpuSnapshot());
      const cpuMsPerRequest = ((run.cpuMs?.() ?? Number.NaN) - cpuBefore) / load.requests;
      await drain(load);
      const { target, operation } = run;
      samples.push({ round, target, operation, load, cpuMsPerRequest, probe, foreignCpu });
      progress(
        `round ${round}/${settings.rounds}  ${run.operation.padEnd(13)} ${run.target.padEnd(13)} ` +
          `${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${load.p50Ms.toFixed(2)} ms  ` +
          `p99 ${load.p99Ms.toFixed(2)} ms  errors ${load.errors + load.non2xx}  ` +
          `cpu ${cpuMsPerRequest.toFixed(3)} ms/req  | 1 conn p50 ${probe.p50Ms.toFixed(2)} ms` +
          `  | others' CPU ${Math.round(foreignCpu * 100)}%`,
      );
    }
  }
  return samples;
}

/** Waits about as long as the slowest requests of the run took: those in flight at its end are done by then. */
function drain(load: LoadResult): Promise<void> {
  const ms = Number.isNaN(load.p99Ms) ? MAX_DRAIN_MS : Math.min(MAX_DRAIN_MS, Math.max(100, load.p99Ms));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
