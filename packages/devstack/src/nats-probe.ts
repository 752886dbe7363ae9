import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { NatsAuthOptions } from '@telemed/event-bus/nats-auth';

/** What a NATS URL offers: a JetStream-enabled server, a plain one, or nothing. */
export type NatsStatus = 'jetstream' | 'no-jetstream' | 'unreachable';

/**
 * Connects once (no reconnects) and asks for the JetStream account info: the
 * services need streams and durable consumers, so a server without JetStream
 * is as good as none.
 */
export async function probeNats(url: string, timeoutMs = 1_000, auth: NatsAuthOptions = {}): Promise<NatsStatus> {
  let connection;
  try {
    connection = await connect({
      servers: url,
      ...auth,
      timeout: timeoutMs,
      reconnect: false,
      maxReconnectAttempts: 0,
    });
  } catch {
    return 'unreachable';
  }
  try {
    const manager = await jetstreamManager(connection, { timeout: timeoutMs });
    await manager.getAccountInfo();
    return 'jetstream';
  } catch {
    return 'no-jetstream';
  } finally {
    await connection.close().catch(() => {});
  }
}
