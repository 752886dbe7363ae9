import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Stack } from '@telemed/devstack/stack';
import { subgraphNames } from '@telemed/topology/subgraphs';

/**
 * A tiny HTTP endpoint on 127.0.0.1 through which tests reach the stack that
 * global setup holds: Jest runs test files in their own module registry, so
 * they cannot call the stack object directly.
 *
 *   POST /nats/stop  /nats/start  /services/<name>/kill  /services/<name>/restart
 */
export async function startStackControl(stack: Stack): Promise<{ url: string; close(): Promise<void> }> {
  const services = new Set<string>([...subgraphNames, 'gateway']);
  const actions: Record<string, () => Promise<void>> = {
    '/nats/stop': () => stack.stopNats(),
    '/nats/start': () => stack.startNats(),
  };
  for (const name of services) {
    actions[`/services/${name}/kill`] = () => stack.killService(name, 'SIGKILL');
    actions[`/services/${name}/restart`] = () => stack.restartService(name);
  }
  const server: Server = createServer((req, res) => {
    const action = req.method === 'POST' ? actions[req.url ?? ''] : undefined;
    if (!action) {
      res.writeHead(404).end();
      return;
    }
    action().then(
      () => res.writeHead(204).end(),
      (error: unknown) =>
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(error instanceof Error ? error.message : String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
