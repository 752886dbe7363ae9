/**
 * One app's Vite dev server as a stack service: `APP_FOLDER` (e.g.
 * clients/doctor) on `PORT`, calling the gateway at `VITE_GATEWAY_URL`.
 * Run by the supervisor like the subgraphs, so it gets the same health check
 * and stops with the stack (also when the supervisor dies: IPC disconnect).
 */
import { join } from 'node:path';
import { closeOnSignals } from '@telemed/http-server/shutdown';
import { createLogger } from '@telemed/observability/logger';
import type { Plugin } from 'vite';
import { repoRoot } from './repo-root';

const folder = process.env.APP_FOLDER;
const port = Number(process.env.PORT);
const logger = createLogger(process.env.APP_NAME ?? 'app');

/** `/healthz` as the supervisor expects from every service; everything else is Vite's. */
const health: Plugin = {
  name: 'telemed-healthz',
  configureServer(server) {
    server.middlewares.use('/healthz', (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"status":"ok"}');
    });
  },
};

async function main(): Promise<void> {
  if (!folder || !Number.isInteger(port)) throw new Error('APP_FOLDER and PORT must be set');
  // Vite is ESM-only; the workspace runs as CommonJS under tsx, which keeps this import dynamic.
  const { createServer } = await import('vite');
  const server = await createServer({
    root: join(repoRoot, folder),
    configFile: join(repoRoot, folder, 'vite.config.ts'),
    plugins: [health],
    // Loopback unless told otherwise (containers set APP_HOST=0.0.0.0): a dev server serves source files.
    server: { port, strictPort: true, host: process.env.APP_HOST ?? '127.0.0.1' },
    // Under .data/ rather than node_modules/.vite: in the container image node_modules is not writable.
    cacheDir: join(repoRoot, '.data', 'vite', folder.replace(/\W+/g, '-')),
    clearScreen: false,
    logLevel: 'warn',
  });
  await server.listen();
  logger.info({ port, folder, gatewayUrl: process.env.VITE_GATEWAY_URL }, 'app listening');
  closeOnSignals(logger, () => server.close());
}

main().catch((error: unknown) => {
  logger.fatal({ err: error, folder, port }, 'app failed to start');
  process.exit(1);
});
