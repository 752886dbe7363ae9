/**
 * Knobs of `npm run bench`, each overridable from the environment. The
 * defaults keep a full run on a 2-core machine under 10 minutes.
 */
export interface BenchSettings {
  /** Seconds of measured load per run (`BENCH_DURATION`). */
  readonly durationSeconds: number;
  /** Seconds of unmeasured load per run in the warm-up pass before round 1 (`BENCH_WARMUP`). */
  readonly warmupSeconds: number;
  /** Rounds; each round runs every target once per operation, in the same order (`BENCH_ROUNDS`). */
  readonly rounds: number;
  /** Concurrent keep-alive connections of the load generator (`BENCH_CONNECTIONS`). */
  readonly connections: number;
  /** Seconds of the low-load latency probe: one connection, one request after another (`BENCH_PROBE_SECONDS`). */
  readonly probeSeconds: number;
  /** `auto`: pin servers under test and the load generator to different CPUs when there are 2+; `off` (`BENCH_PIN`). */
  readonly pin: 'auto' | 'off';
  /** Only targets whose id contains one of these (comma-separated `BENCH_ONLY`), for quick local runs. */
  readonly only: readonly string[];
  /** Write `docs/performance.md` (`BENCH_WRITE=false` prints the table only). */
  readonly write: boolean;
}

export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const pin = env.BENCH_PIN ?? 'auto';
  if (pin !== 'auto' && pin !== 'off') throw new Error(`BENCH_PIN must be "auto" or "off", got "${pin}"`);
  return {
    durationSeconds: positive(env, 'BENCH_DURATION', 5),
    warmupSeconds: positive(env, 'BENCH_WARMUP', 2, true),
    rounds: positive(env, 'BENCH_ROUNDS', 3),
    connections: positive(env, 'BENCH_CONNECTIONS', 32),
    probeSeconds: positive(env, 'BENCH_PROBE_SECONDS', 1),
    pin,
    only: (env.BENCH_ONLY ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    write: env.BENCH_WRITE !== 'false',
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1))
    throw new Error(`${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} integer, got "${raw}"`);
  return value;
}
