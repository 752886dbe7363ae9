import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@telemed/observability/logger';

/**
 * A NATS connection that never blocks start-up: the service starts while NATS
 * is away, `/readyz` says so, and the client keeps reconnecting forever.
 */
export class LazyNatsConnection {
  private connection: NatsConnection | null = null;
  private readonly pending: Promise<NatsConnection>;
  private closed = false;

  constructor(servers: string, name: string, logger: Logger) {
    this.pending = connect({ servers, name, waitOnFirstConnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
    this.pending.then(
      (nc) => {
        if (this.closed) return void nc.close();
        this.connection = nc;
        logger.info({ server: nc.getServer() }, 'connected to NATS');
      },
      (error: unknown) => logger.error({ err: error }, 'NATS connection failed'),
    );
  }

  /** Resolves once connected (used by producers and consumers that can wait). */
  ready(): Promise<NatsConnection> {
    return this.pending;
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
}
