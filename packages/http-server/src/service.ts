import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceMetrics } from '@telemed/observability/metrics';
import { withTimeout } from './with-timeout';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** A named dependency check for `/readyz` (database, NATS, ...). */
export type ReadinessCheck = () => Promise<void>;

export interface HttpServiceOptions {
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;
  /**
   * Routes by exact path (`/graphql`, ...), or by prefix when the key ends in
   * `/*` (`/files/*` serves `/files/<anything>`). `/healthz`, `/readyz` and
   * `/metrics` are built in.
   */
  readonly routes: Record<string, Handler>;
  readonly readiness?: Record<string, ReadinessCheck>;
  /**
   * Serve `/readyz` and `/metrics` only on a second listener (`listenOperations`),
   * not on the public one: they say what the process depends on and how it is
   * loaded, which is for probes and scrapers, not callers. `/healthz` stays on
   * both (a load balancer checks the port it forwards to). Default false.
   */
  readonly separateOperations?: boolean;
  /**
   * Called first on close, for long-lived connections the HTTP server does not
   * track once upgraded (WebSockets): they must go before the server can finish closing.
   */
  readonly beforeClose?: () => Promise<void>;
  /** Called after the listener stops accepting connections, to release pools and clients. */
  readonly onClose?: () => Promise<void>;
}

export interface HttpService {
  readonly server: Server;
  listen(port: number, host?: string): Promise<number>;
  /** With `separateOperations`: starts the operations listener (`/healthz`, `/readyz`, `/metrics`); resolves its port. */
  listenOperations(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The HTTP shell every service (subgraphs and gateway) runs in: routing,
 * health and readiness, metrics, request accounting and graceful shutdown.
 */
export function createHttpService(options: HttpServiceOptions): HttpService {
  const { logger, metrics } = options;
  const health: Handler = (_req, res) => sendJson(res, 200, { status: 'ok' });
  const operations: Record<string, Handler> = {
    '/healthz': health,
    '/readyz': (_req, res) => readiness(res, options.readiness ?? {}),
    '/metrics': async (_req, res) => {
      res.writeHead(200, { 'content-type': metrics.registry.contentType });
      res.end(await metrics.registry.metrics());
    },
  };
  const routes: Record<string, Handler> = {
    ...(options.separateOperations ? { '/healthz': health } : operations),
    ...options.routes,
  };
  const operationsServer = options.separateOperations
    ? createServer((req, res) => {
        const handler = operations[(req.url ?? '/').split('?', 1)[0] ?? '/'];
        if (!handler) return sendJson(res, 404, { error: 'not found' });
        Promise.resolve(handler(req, res)).catch((error: unknown) => {
          logger.error({ err: error }, 'operations endpoint failed');
          if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        });
      })
    : null;
  // Prefix routes are few (file links); an exact match is looked up first and costs one map access.
  const prefixes = Object.keys(routes)
    .filter((key) => key.endsWith('/*'))
    .map((key) => ({ key, prefix: key.slice(0, -1) }));
  let closing = false;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    const prefixed = routes[path] ? undefined : prefixes.find(({ prefix }) => path.startsWith(prefix) && path.length > prefix.length);
    const route = routes[path] ? path : (prefixed?.key ?? 'unmatched');
    // Metrics label a prefix route by its pattern, never by the path: tokens must not become label values.
    const handler = routes[route];
    const stop = metrics.httpDuration.startTimer({ route });
    res.on('finish', () => {
      stop();
      metrics.httpRequests.inc({ route, status: String(res.statusCode) });
    });
    if (closing) res.setHeader('connection', 'close');
    try {
      if (!handler) return sendJson(res, 404, { error: 'not found' });
      await handler(req, res);
    } catch (error) {
      // The route, not the path: a file link's path is its token.
      logger.error({ err: error, route }, 'unhandled error while serving a request');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
  // Keep-alive connections from the gateway outlive single requests; keep them
  // open a little longer than typical client pools so the server is not the one
  // closing a socket the client is about to reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  return {
    server,
    listen: (port, host = '0.0.0.0') => listenOn(server, port, host),
    listenOperations(port, host = '127.0.0.1') {
      if (!operationsServer) throw new Error('listenOperations needs separateOperations: true');
      return listenOn(operationsServer, port, host);
    },
    async close() {
      if (closing) return;
      closing = true;
      operationsServer?.close();
      operationsServer?.closeAllConnections();
      await options.beforeClose?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests in flight get a grace period, then their sockets go.
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      });
      await options.onClose?.();
    },
  };
}

function listenOn(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

async function readiness(res: ServerResponse, checks: Record<string, ReadinessCheck>): Promise<void> {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await withTimeout(check(), 2_000);
        return [name, 'ok'] as const;
      } catch (error) {
        return [name, error instanceof Error ? error.message : 'failed'] as const;
      }
    }),
  );
  const ready = results.every(([, status]) => status === 'ok');
  sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(results) });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
