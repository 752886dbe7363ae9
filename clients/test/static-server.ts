import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A built app served from `dir` on a free loopback port, as any static host would serve it. */
export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the files of a `vite build` output; unknown paths get index.html.
 * In the test process rather than `vite preview`, which is ESM-only and
 * would need a child process to supervise.
 */
export async function serveStatic(dir: string): Promise<StaticSite> {
  const root = normalize(dir + sep);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    // Nothing outside the build folder, whatever the path says.
    if (!file.startsWith(root)) file = join(root, 'index.html');
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found) file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
