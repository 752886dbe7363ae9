import { execFile } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { repoRoot } from '@telemed/devstack/repo-root';

const run = promisify(execFile);

/** Where and on what a run happened, for the report's heading. */
export interface MachineInfo {
  readonly date: string;
  /** `git rev-parse --short HEAD`, with a note when the tree has other uncommitted changes. */
  readonly commit: string;
  readonly node: string;
  readonly machine: string;
}

export async function machineInfo(): Promise<MachineInfo> {
  const cpu = cpus();
  const commit = (await git('rev-parse', '--short', 'HEAD')) || 'unknown';
  // The report file itself is what a run changes; anything else means the numbers are not HEAD's.
  const dirty = (await git('status', '--porcelain', '--untracked-files=no'))
    .split('\n')
    .filter((line) => line.trim() && !line.endsWith('docs/performance.md')).length;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: dirty ? `${commit} + uncommitted changes` : commit,
    node: process.version,
    machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform} ${process.arch}`,
  };
}

async function git(...args: string[]): Promise<string> {
  try {
    return (await run('git', args, { cwd: repoRoot })).stdout.trim();
  } catch {
    return '';
  }
}
