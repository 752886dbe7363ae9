import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@telemed/devstack/repo-root';
import type { MachineInfo } from './machine';
import type { Summary } from './summary';

/**
 * docs/performance.md: a hand-written header (method, how to read the table),
 * then the latest run only; the runs it replaces move to
 * docs/performance-history.md, newest first. Each run ends with its numbers as
 * a JSON comment, so the next run can say what changed.
 */
export const performanceFile = join(repoRoot, 'docs', 'performance.md');
export const performanceHistoryFile = join(repoRoot, 'docs', 'performance-history.md');

const MARKER = '<!-- bench:history: `npm run bench` adds each run below, newest first -->';
const DATA = /<!-- bench:data (\{.*?\}) -->/;
/** Changes in req/s smaller than this are within run-to-run noise on a shared 2-core machine. */
const NOISE = 0.1;

interface RunData {
  readonly date: string;
  readonly commit: string;
  /** req/s per operation id, then per target id. */
  readonly rps: Record<string, Record<string, number>>;
}

export function runData(summary: Summary, machine: MachineInfo): RunData {
  const rps: Record<string, Record<string, number>> = {};
  for (const operation of summary.operations)
    rps[operation.id] = Object.fromEntries(
      operation.rows.map((r) => [r.target, Math.round(r.requestsPerSecond)]),
    );
  if (summary.ceiling) rps.ceiling = { ceiling: Math.round(summary.ceiling.requestsPerSecond) };
  return { date: machine.date, commit: machine.commit, rps };
}

/** Lines for "What changed since the previous run": commits in between and req/s that moved beyond noise. */
export async function changesSincePrevious(current: RunData): Promise<string[]> {
  const previous = await previousRun();
  if (!previous) return ['First recorded run.'];
  const lines = [`Previous run: ${previous.date}, commit ${previous.commit}.`];
  const from = previous.commit.split(' ')[0] ?? '';
  const log = await git('log', '--oneline', '--no-decorate', '-n', '15', `${from}..HEAD`);
  if (log === undefined)
    lines.push(`Commit ${from} is not in this branch's history; commits in between unknown.`);
  else if (!log) lines.push('No commits since; only uncommitted changes (if any) differ.');
  else lines.push('', 'Commits since:', '', ...log.split('\n').map((line) => `- ${line}`));
  const moved: string[] = [];
  for (const [operation, targets] of Object.entries(current.rps)) {
    for (const [target, now] of Object.entries(targets)) {
      const before = previous.rps[operation]?.[target];
      if (!before) continue;
      const change = now / before - 1;
      if (Math.abs(change) >= NOISE)
        moved.push(
          `- ${operation} / ${target}: ${before} → ${now} req/s (${change > 0 ? '+' : ''}${Math.round(change * 100)}%)`,
        );
    }
  }
  lines.push(
    '',
    moved.length
      ? `req/s that moved by ${NOISE * 100}% or more:`
      : `No server's req/s moved by ${NOISE * 100}% or more (treat smaller moves as noise).`,
  );
  if (moved.length) lines.push('', ...moved);
  return lines;
}

/** Makes `section` (one rendered run) the current run; the one it replaces goes on top of the history file. */
export async function writeHistory(section: string, data: RunData): Promise<void> {
  const existing = await readFile(performanceFile, 'utf8').catch(() => `# Performance\n\n${MARKER}\n`);
  const { head, runs: earlier } = splitAtMarker(existing, performanceFile);
  const run = `${section.trim()}\n\n<!-- bench:data ${JSON.stringify(data)} -->`;
  if (earlier) {
    const history = await readFile(performanceHistoryFile, 'utf8').catch(
      () => `# Performance: earlier runs\n\nRuns that a later \`npm run bench\` replaced in [performance.md](performance.md), newest first.\n\n${MARKER}\n`,
    );
    const past = splitAtMarker(history, performanceHistoryFile);
    await writeFile(performanceHistoryFile, `${past.head}\n\n${earlier}\n${past.runs ? `\n${past.runs}\n` : ''}`);
  }
  await writeFile(performanceFile, `${head}\n\n${run}\n`);
}

function splitAtMarker(text: string, file: string): { head: string; runs: string } {
  const at = text.indexOf(MARKER);
  if (at < 0) throw new Error(`${file} lacks the line ${MARKER}; put it back above the first run`);
  return { head: text.slice(0, at + MARKER.length), runs: text.slice(at + MARKER.length).trim() };
}

async function previousRun(): Promise<RunData | undefined> {
  const text = await readFile(performanceFile, 'utf8').catch(() => '');
  const json = DATA.exec(text)?.[1];
  return json ? (JSON.parse(json) as RunData) : undefined;
}

async function git(...args: string[]): Promise<string | undefined> {
  try {
    return (await promisify(execFile)('git', args, { cwd: repoRoot })).stdout.trim();
  } catch {
    return undefined;
  }
}
