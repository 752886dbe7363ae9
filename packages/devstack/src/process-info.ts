import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** What the OS reports about a running process. */
export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  /** The command line, arguments joined by spaces. */
  readonly args: string;
}

/** Whether a process with this pid exists (it may belong to another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Parent and command line of a process; undefined when it is not running. */
export async function processInfo(pid: number): Promise<ProcessInfo | undefined> {
  if (!isRunning(pid)) return undefined;
  return (await fromProc(pid)) ?? (await fromPs(pid));
}

// Linux: /proc needs no extra binary (slim images ship without `ps`).
async function fromProc(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const [cmdline, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // The command name in field 2 may hold spaces and parentheses; fields after it do not.
    const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(afterName[1]);
    return { pid, ppid, args: cmdline.split('\0').filter(Boolean).join(' ') };
  } catch {
    return undefined;
  }
}

// macOS and other systems without /proc.
async function fromPs(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'ppid=', '-o', 'args=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(.*)$/.exec(stdout.trim());
    return match ? { pid, ppid: Number(match[1]), args: match[2] ?? '' } : undefined;
  } catch {
    return undefined;
  }
}
