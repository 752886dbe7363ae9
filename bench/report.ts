import type { CpuPlan } from './cpu';
import { evaluateGoals } from './goals';
import type { MachineInfo } from './machine';
import { mutation, notMeasured } from './operations';
import type { BenchSettings } from './settings';
import type { Row, Summary } from './summary';

export interface RunReport {
  readonly summary: Summary;
  readonly settings: BenchSettings;
  readonly cpus: CpuPlan;
  readonly machine: MachineInfo;
  /** Lines saying what changed since the previous recorded run. */
  readonly changes: readonly string[];
  readonly seconds: number;
  /** 1-minute load average when the run started. */
  readonly loadAverage: number;
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '—' : value.toFixed(2);
const ms3 = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(3));
const rps = (value: number) => (Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en-US'));
const percent = (share: number) =>
  Number.isFinite(share) ? `${Math.round(share * 100)}%` : 'an unknown share';
const oursName = { ours: 'de-dup on', 'ours-no-dedup': 'de-dup off' } as Record<string, string>;

/** One run as a Markdown section: heading, setup, one table per operation, what was not measured, targets. */
export function renderRun(report: RunReport): string {
  const { summary, settings, machine } = report;
  const lines = [
    `## ${machine.date} · commit ${machine.commit}`,
    '',
    `Node ${machine.node} · ${machine.machine} · ${report.cpus.description}.`,
    `Under load: autocannon, ${settings.connections} connections, ${settings.durationSeconds} s per run; ` +
      `low load: 1 connection, one request after another for ${settings.probeSeconds} s; ` +
      `${settings.rounds} rounds after a warm-up pass of ${settings.warmupSeconds} s per run; medians. ` +
      `The whole run took ${(report.seconds / 60).toFixed(1)} min.`,
    `Other processes on the machine used ${percent(summary.foreignCpu.median)} of its CPU during a load run ` +
      `(median; worst run ${percent(summary.foreignCpu.max)}); load average ${report.loadAverage.toFixed(1)} when the run started.`,
    '',
  ];
  for (const operation of summary.operations) {
    lines.push(`### ${operation.title}`, '', `\`${operation.query}\``, '');
    lines.push(
      '| server | req/s | req/s each round | p50 ms | p99 ms | errors / non-2xx | server CPU ms/req | ours ÷ this, req/s | 1 conn p50 ms | 1 conn p99 ms | added p50 ms |',
      '|---|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|',
    );
    for (const row of operation.rows) lines.push(tableRow(row));
    if (operation.federated)
      lines.push(
        '',
        `The floor is only the root fetch: the gateway's calls to the other subgraphs cannot be sent without it, ` +
          `so "added p50" here also holds those calls, not only gateway overhead.`,
      );
    lines.push('');
  }
  if (summary.ceiling) {
    const c = summary.ceiling;
    lines.push(
      `### This machine's ceiling`,
      '',
      `${c.label}: ${rps(c.requestsPerSecond)} req/s, p50 ${ms(c.p50Ms)} ms, p99 ${ms(c.p99Ms)} ms, ` +
        `${c.errors} errors / ${c.non2xx} non-2xx, server CPU ${ms3(c.cpuMsPerRequest)} ms/req; ` +
        `1 connection p50 ${ms(c.lowLoadP50Ms)} ms.`,
      '',
    );
  }
  lines.push('### Not measured', '', '| what | |', '|---|---|');
  if (!mutation) lines.push(`| a mutation | ${notMeasured.mutation} |`);
  lines.push(`| subscriptions / events throughput | ${notMeasured.subscriptions} |`, '');
  lines.push('### Targets (reported, not asserted)', '');
  for (const goal of evaluateGoals(summary)) {
    const verdict = goal.met === undefined ? 'not measured' : goal.met ? '**met**' : '**not met**';
    lines.push(`- ${goal.goal}: ${verdict} — ${goal.detail}`);
  }
  lines.push('', '### What changed since the previous run', '', ...report.changes, '');
  return lines.join('\n');
}

function tableRow(row: Row): string {
  const label = row.target.startsWith('ours') ? `**${row.label}**` : row.label;
  const ratios = row.ratios.map((r) => `${r.ratio.toFixed(2)}× (${oursName[r.ours]})`).join(' · ') || '—';
  return `| ${label} | ${rps(row.requestsPerSecond)} | ${row.requestsPerSecondEachRound.map(rps).join(' · ')} | ${ms(row.p50Ms)} | ${ms(row.p99Ms)} | ${row.errors} / ${row.non2xx} | ${ms3(row.cpuMsPerRequest)} | ${ratios} | ${ms(row.lowLoadP50Ms)} | ${ms(row.lowLoadP99Ms)} | ${ms(row.addedP50Ms)} |`;
}
