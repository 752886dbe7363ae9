import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP port nothing listens on right now, found by letting the OS pick one.
 * Another process may take it before the caller binds it; the window is small
 * enough for a dev machine and keeps tests from colliding with `npm start`.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether `port` can be bound on `host`. Services listen on 0.0.0.0, which
 * also conflicts with a listener on 127.0.0.1, so that is the default probe.
 */
export function isPortFree(port: number, host = '0.0.0.0'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}
