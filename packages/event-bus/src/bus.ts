import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { busNames, type BusNames } from './names';
import { EventPublisher } from './publisher';
import { ensureStreams, type StreamSettings } from './streams';

/** One namespace's view of JetStream: names, clients, the publisher. */
export interface EventBus {
  readonly names: BusNames;
  readonly connection: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly publisher: EventPublisher;
  /** Creates or updates the namespace's streams (idempotent). */
  ensureStreams(): Promise<void>;
}

export interface EventBusOptions {
  readonly namespace: string;
  readonly streams?: StreamSettings;
}

export async function createEventBus(
  connection: NatsConnection,
  options: EventBusOptions,
): Promise<EventBus> {
  const names = busNames(options.namespace);
  const jsm = await jetstreamManager(connection, { timeout: 5_000 });
  const js = jetstream(connection, { timeout: 5_000 });
  return {
    names,
    connection,
    js,
    jsm,
    publisher: new EventPublisher(js, names),
    ensureStreams: () => ensureStreams(jsm, names, options.streams),
  };
}
