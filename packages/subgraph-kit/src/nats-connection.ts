import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { NatsAuthOptions } from '@telemed/event-bus/nats-auth';
import type { Logger } from '@telemed/observability/logger';

/**
 * A NATS connection that never blocks start-up: the service starts while NATS
 * is away, `/readyz` says so, and the client keeps reconnecting forever.
 */
export class LazyNatsConnection {
  private connection: NatsConnection | null = null;
  private readonly pending: Promise<NatsConnection>;
  private closed = false;
  private connected = false;
  private readonly reconnectListeners: (() => void)[] = [];

  constructor(servers: string, name: string, logger: Logger, auth: NatsAuthOptions = {}) {
    this.pending = connect({ servers, name, ...auth, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
    this.pending.then(
      (nc) => {
        if (this.closed) return void nc.close();
        this.connection = nc;
        this.connected = true;
        logger.info({ server: nc.getServer() }, 'connected to NATS');
        void this.watch(nc, logger);
      },
      (error: unknown) => logger.error({ err: error }, 'NATS connection failed'),
    );
  }

  /** Resolves once connected (used by producers and consumers that can wait). */
  ready(): Promise<NatsConnection> {
    return this.pending;
  }

  /** Whether the client is connected right now (false while it reconnects). */
  isConnected(): boolean {
    return this.connected && !!this.connection && !this.connection.isClosed();
  }

  /** Called after every reconnection, e.g. to re-check streams or flush an outbox. */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  /** Readiness probe: connected and the server answers a round trip. */
  async check(): Promise<void> {
    if (!this.connection) throw new Error('not connected yet');
    await this.connection.flush();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.connection && !this.connection.isClosed()) await this.connection.drain();
  }

  private async watch(nc: NatsConnection, logger: Logger): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') {
        this.connected = false;
        logger.warn({ server: status.server }, 'disconnected from NATS; reconnecting');
      } else if (status.type === 'reconnect') {
        this.connected = true;
        logger.info({ server: status.server }, 'reconnected to NATS');
        for (const listener of this.reconnectListeners) listener();
      }
    }
  }
}
