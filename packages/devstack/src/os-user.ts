import { execFile } from 'node:child_process';
import { chmod, lchown, readdir, stat } from 'node:fs/promises';
import { dirname, join, parse, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '@telemed/observability/logger';

const execFileAsync = promisify(execFile);

/** An operating-system account a server runs as. */
export interface OsUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/**
 * Looks up an OS account, creating it (and its group) when missing. Only root
 * can do this; PostgreSQL refuses to run as root, so a root dev stack or CI
 * job runs it as this account instead.
 */
export async function ensureOsUser(name: string, logger: Logger): Promise<OsUser> {
  const existing = await lookup(name);
  if (existing) return existing;
  logger.info({ user: name }, 'creating OS user to run PostgreSQL (it refuses to run as root)');
  await execFileAsync('groupadd', ['--force', name]);
  await execFileAsync('useradd', [
    '--system',
    '--gid',
    name,
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    name,
  ]);
  const created = await lookup(name);
  if (!created) throw new Error(`Could not create the OS user "${name}"`);
  return created;
}

async function lookup(name: string): Promise<OsUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]).then(({ stdout }) => Number(stdout.trim())),
      execFileAsync('id', ['-g', name]).then(({ stdout }) => Number(stdout.trim())),
    ]);
    return { name, uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `user` can reach `path` by adding only the search (x) bit, and only
 * where it is missing, on `path` and each directory above it. A clone under a
 * private directory (mode 0700, as `mktemp -d` makes) is otherwise unreachable
 * for the server's user, both for its data and for the binaries in node_modules.
 */
export async function grantTraversal(path: string, user: OsUser, logger: Logger): Promise<void> {
  const changed: string[] = [];
  for (const dir of selfAndAncestors(resolve(path))) {
    const info = await stat(dir);
    const bit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
    if ((info.mode & bit) !== 0) continue;
    await chmod(dir, (info.mode & 0o7777) | bit);
    changed.push(dir);
  }
  if (changed.length)
    logger.warn(
      { user: user.name, dirs: changed },
      'added search permission so the server user can reach its files',
    );
}

function selfAndAncestors(path: string): string[] {
  const dirs: string[] = [];
  const { root } = parse(path);
  for (let dir = path; ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dir === root) return dirs;
  }
}

/** Hands a directory tree to `user`, walking it only when the top is not theirs already. */
export async function chownTree(path: string, user: OsUser): Promise<void> {
  const info = await stat(path);
  if (info.uid === user.uid && info.gid === user.gid) return;
  await lchown(path, user.uid, user.gid);
  for (const entry of await readdir(path, { recursive: true })) {
    await lchown(join(path, entry), user.uid, user.gid);
  }
}
