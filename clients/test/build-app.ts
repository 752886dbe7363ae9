import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@telemed/devstack/repo-root';

/**
 * `vite build` of one app for `gatewayUrl`, into a fresh temporary folder
 * (never the app's own dist/, which a developer may be using). Vite runs in a
 * child process: it is ESM-only and Jest runs tests as CommonJS.
 */
export async function buildApp(app: 'doctor' | 'patient', gatewayUrl: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), `telemed-${app}-`));
  await promisify(execFile)(
    process.execPath,
    [
      join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: join(repoRoot, 'clients', app),
      env: { ...process.env, VITE_GATEWAY_URL: gatewayUrl },
    },
  );
  return outDir;
}
