import { createClient, type Client, type ExecutionResult, type SubscribePayload } from 'graphql-ws';
import WebSocket from 'ws';
import type { Logger } from '@telemed/observability/logger';
import type { ServiceCredentials } from '../service-credentials';

export interface UpstreamSink {
  next(result: ExecutionResult): void;
  error(error: unknown): void;
  complete(): void;
}

/**
 * The gateway's graphql-ws connections to subgraphs: one per subgraph,
 * shared by every subscription to it (each subscription carries its caller's
 * headers in `extensions`), authenticated with the gateway's own credentials.
 * A subgraph restart makes the client reconnect and resubscribe; once retries
 * are exhausted each affected subscription ends with an error.
 */
export class UpstreamSubscriptions {
  private readonly clients = new Map<string, Client>();

  constructor(
    private readonly urlOf: (subgraph: string) => string,
    private readonly credentials: ServiceCredentials,
    private readonly logger: Logger,
    private readonly retryAttempts = 5,
  ) {}

  subscribe(subgraph: string, payload: SubscribePayload, sink: UpstreamSink): () => void {
    return this.client(subgraph).subscribe(payload, sink);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.dispose()));
    this.clients.clear();
  }

  private client(subgraph: string): Client {
    let client = this.clients.get(subgraph);
    if (client) return client;
    const url = this.urlOf(subgraph).replace(/^http/, 'ws');
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: true,
      // Idle sockets through load balancers die silently; pings find out.
      keepAlive: 10_000,
      retryAttempts: this.retryAttempts,
      shouldRetry: () => true,
      connectionParams: async () => ({ ...(await this.credentials(subgraph)) }),
      on: {
        connected: () => this.logger.info({ subgraph }, 'subscription connection to subgraph open'),
        closed: (event) => this.logger.info({ subgraph, code: (event as { code?: number }).code }, 'subscription connection to subgraph closed'),
      },
    });
    this.clients.set(subgraph, client);
    return client;
  }
}
