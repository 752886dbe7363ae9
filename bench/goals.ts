import type { OperationSummary, Row, Summary } from './summary';
import type { TargetId } from './targets';

/** One target of issue #8, reported, never asserted. */
export interface GoalResult {
  readonly goal: string;
  readonly met: boolean | undefined;
  readonly detail: string;
}

const ratioOf = (row: Row | undefined, ours: TargetId) => row?.ratios.find((r) => r.ours === ours)?.ratio;
const rowOf = (operation: OperationSummary, target: TargetId) =>
  operation.rows.find((r) => r.target === target);
const times = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? 'not measured' : `${value.toFixed(2)}×`;
/** How many more requests per CPU-second our gateway serves than `peer`: the gateway's own speed, whatever bounds req/s. */
const cpuRatio = (operation: OperationSummary, ours: TargetId, peer: TargetId) => {
  const mine = rowOf(operation, ours)?.cpuMsPerRequest;
  const theirs = rowOf(operation, peer)?.cpuMsPerRequest;
  return mine === undefined || theirs === undefined ? undefined : theirs / mine;
};

const hopCost = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms)
    ? ''
    : `; a bare pass-through hop with no GraphQL work adds +${ms.toFixed(2)} ms on this machine`;

export function evaluateGoals(summary: Summary): GoalResult[] {
  const goals: GoalResult[] = [];
  const federated = summary.operations.find((o) => o.id === 'doctors-day');
  if (federated) {
    const apollo = rowOf(federated, 'apollo');
    const like = ratioOf(apollo, 'ours-no-dedup');
    goals.push({
      goal: `ours ≥ 1.5× plain @apollo/gateway req/s on ${federated.title.toLowerCase()}`,
      met: like === undefined ? undefined : like >= 1.5,
      detail:
        `${times(like)} like for like (ours with de-dup off; @apollo/gateway de-duplicates nothing), ` +
        `${times(ratioOf(apollo, 'ours'))} with ours' default de-dup on; ` +
        `per CPU-second of the gateway ${times(cpuRatio(federated, 'ours-no-dedup', 'apollo'))} like for like`,
    });
  }
  for (const [hive, ours, name] of [
    ['hive-dedup', 'ours', 'de-dup on'],
    ['hive-no-dedup', 'ours-no-dedup', 'de-dup off'],
  ] as const) {
    const ratios = summary.operations.map((o) => ({ id: o.id, ratio: ratioOf(rowOf(o, hive), ours) }));
    const measured = ratios.filter((r): r is { id: string; ratio: number } => r.ratio !== undefined);
    goals.push({
      goal: `ours no slower than Hive Gateway, both ${name}, on every operation`,
      met: measured.length ? measured.every((r) => r.ratio >= 1) : undefined,
      detail: measured.length
        ? `req/s ${measured.map((r) => `${r.id} ${times(r.ratio)}`).join(', ')}; per gateway CPU-second ` +
          summary.operations.map((o) => `${o.id} ${times(cpuRatio(o, ours, hive))}`).join(', ')
        : 'not measured',
    });
  }
  const single = summary.operations.find((o) => !o.federated);
  if (single) {
    const added = (['ours', 'ours-no-dedup'] as const).map((id) => ({
      id,
      ms: rowOf(single, id)?.addedP50Ms,
    }));
    const measured = added.filter(
      (a): a is { id: 'ours' | 'ours-no-dedup'; ms: number } => a.ms !== undefined,
    );
    goals.push({
      goal: `gateway-added p50 latency < 1 ms over the direct subgraph call at low load (${single.id})`,
      met: measured.length ? measured.every((a) => a.ms < 1) : undefined,
      detail: measured.length
        ? measured
            .map((a) => `${a.id === 'ours' ? 'de-dup on' : 'de-dup off'} +${a.ms.toFixed(2)} ms`)
            .join(', ') + hopCost(rowOf(single, 'proxy')?.addedP50Ms)
        : 'not measured',
    });
  }
  return goals;
}
