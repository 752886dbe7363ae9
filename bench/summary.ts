import type { Sample } from './measure';
import type { BenchOperation } from './operations';
import type { Run } from './plan';
import type { RootFetch } from './root-fetch';
import { median } from './stats';
import { gatewayTargets, type TargetId } from './targets';

/** One server's numbers for one operation, medians over rounds. */
export interface Row {
  readonly target: TargetId;
  readonly label: string;
  readonly requestsPerSecond: number;
  /** In round order, to show the spread behind the median. */
  readonly requestsPerSecondEachRound: readonly number[];
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Summed over rounds. */
  readonly errors: number;
  readonly non2xx: number;
  /** CPU the server used per request under load, ms; NaN for servers the benchmark did not start. */
  readonly cpuMsPerRequest: number;
  /** One connection, sequential requests. */
  readonly lowLoadP50Ms: number;
  readonly lowLoadP99Ms: number;
  /** Low-load p50 minus the direct root fetch's, per round, median. */
  readonly addedP50Ms?: number;
  /** Our configuration's req/s divided by this row's, per round, median. */
  readonly ratios: readonly { readonly ours: TargetId; readonly ratio: number }[];
}

export interface OperationSummary {
  readonly id: string;
  readonly title: string;
  readonly query: string;
  readonly rootSubgraph: string;
  /** Whether the gateway calls other subgraphs after the root fetch. */
  readonly federated: boolean;
  readonly rows: readonly Row[];
}

export interface Summary {
  readonly operations: readonly OperationSummary[];
  readonly ceiling?: Row;
  /** Share of the machine's CPU used by other processes during load runs: median and worst run. */
  readonly foreignCpu: { readonly median: number; readonly max: number };
}

export function summarise(
  runs: readonly Run[],
  samples: readonly Sample[],
  operations: readonly BenchOperation[],
  rootFetch: (query: string) => RootFetch,
): Summary {
  const of = (target: TargetId, operation: string) =>
    samples.filter((s) => s.target === target && s.operation === operation);
  const perRound = (a: readonly Sample[], b: readonly Sample[], f: (x: Sample, y: Sample) => number) =>
    median(a.flatMap((x) => b.filter((y) => y.round === x.round).map((y) => f(x, y))));

  const row = (run: Run): Row => {
    const own = of(run.target, run.operation);
    const direct = of('direct', run.operation);
    // Everything in front of the subgraph: the gateways and the pass-through.
    const isGateway = run.target !== 'direct' && run.target !== 'ceiling';
    const versus = gatewayTargets.find((t) => t.id === run.target)?.versus ?? [];
    return {
      target: run.target,
      label: run.label,
      requestsPerSecond: median(own.map((s) => s.load.requestsPerSecond)),
      requestsPerSecondEachRound: own.map((s) => s.load.requestsPerSecond),
      p50Ms: median(own.map((s) => s.load.p50Ms)),
      p99Ms: median(own.map((s) => s.load.p99Ms)),
      errors: own.reduce((sum, s) => sum + s.load.errors + s.probe.errors, 0),
      non2xx: own.reduce((sum, s) => sum + s.load.non2xx + s.probe.non2xx, 0),
      cpuMsPerRequest: median(own.map((s) => s.cpuMsPerRequest)),
      lowLoadP50Ms: median(own.map((s) => s.probe.p50Ms)),
      lowLoadP99Ms: median(own.map((s) => s.probe.p99Ms)),
      ...(isGateway &&
        direct.length && { addedP50Ms: perRound(own, direct, (x, y) => x.probe.p50Ms - y.probe.p50Ms) }),
      ratios: versus
        .filter((ours) => of(ours, run.operation).length)
        .map((ours) => ({
          ours,
          ratio: perRound(
            of(ours, run.operation),
            own,
            (x, y) => x.load.requestsPerSecond / y.load.requestsPerSecond,
          ),
        })),
    };
  };

  const ceilingRun = runs.find((r) => r.target === 'ceiling');
  return {
    operations: operations.map((operation) => {
      const root = rootFetch(operation.query);
      return {
        id: operation.id,
        title: operation.title,
        query: operation.query,
        rootSubgraph: root.subgraph,
        federated: root.federated,
        rows: runs.filter((r) => r.operation === operation.id).map(row),
      };
    }),
    ...(ceilingRun && { ceiling: row(ceilingRun) }),
    foreignCpu: {
      median: median(samples.map((s) => s.foreignCpu)),
      max: Math.max(...samples.map((s) => s.foreignCpu).filter((v) => !Number.isNaN(v))),
    },
  };
}
