import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@telemed/devstack/repo-root';
import type { MachineInfo } from './machine';
import type { Summary } from './summary';

/**
 * docs/performance.md: a hand-written header (method, how to read the table),
 * then every run, newest first. Each run ends with its numbers as a JSON
 * comment, so the next run can say what changed.
 */
export const performanceFile = join(repoRoot, 'docs', 'performance.md');

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

/** Puts `section` (one rendered run) above the earlier runs. */
export async function writeHistory(section: string, data: RunData): Promise<void> {
  const existing = await readFile(performanceFile, 'utf8').catch(() => `# Performance\n\n${MARKER}\n`);
  const at = existing.indexOf(MARKER);
  if (at < 0) throw new Error(`${performanceFile} lacks the line ${MARKER}; put it back above the first run`);
  const head = existing.slice(0, at + MARKER.length);
  const earlier = existing.slice(at + MARKER.length).trim();
  const run = `${section.trim()}\n\n<!-- bench:data ${JSON.stringify(data)} -->`;
  await writeFile(performanceFile, `${head}\n\n${run}\n${earlier ? `\n${earlier}\n` : ''}`);
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
