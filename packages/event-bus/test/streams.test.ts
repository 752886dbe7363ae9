import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { natsAuthFrom } from '../src/nats-auth';
import { busNames } from '../src/names';
import { defaultStreamSettings, ensureStreams } from '../src/streams';
import { eventNamespace, natsUrl } from '../../../test/stack';

/** Stream provisioning against the test stack's NATS, on a namespace of its own. */
describe('ensureStreams', () => {
  let connection: NatsConnection;
  let jsm: JetStreamManager;
  const names = busNames(`${eventNamespace()}_streams`);
  beforeAll(async () => {
    connection = await connect({ servers: natsUrl(), ...natsAuthFrom(process.env) });
    jsm = await jetstreamManager(connection);
  });
  afterAll(async () => {
    for (const domain of names.domains) await jsm.streams.delete(names.stream(domain)).catch(() => false);
    await jsm.streams.delete(names.deadLetterStream).catch(() => false);
    await connection.drain();
  });

  it('creates one stream per domain and the dead letters, from several processes at once', async () => {
    await Promise.all([ensureStreams(jsm, names), ensureStreams(jsm, names), ensureStreams(jsm, names)]);
    const info = await jsm.streams.info(names.stream('payment'));
    expect(info.config).toMatchObject({
      subjects: [`${names.namespace}.payment.>`],
      duplicate_window: nanos(defaultStreamSettings.duplicateWindowMs),
      max_age: nanos(defaultStreamSettings.maxAgeMs),
      num_replicas: 1,
    });
    expect((await jsm.streams.info(names.deadLetterStream)).config.subjects).toEqual([
      `${names.namespace}.dead_letter.*`,
    ]);
  });

  it('updates a stream whose settings changed, keeping its messages', async () => {
    await ensureStreams(jsm, names);
    await connection.publish(`${names.namespace}.payment.completed`, 'kept');
    await connection.flush();
    const settings = { ...defaultStreamSettings, duplicateWindowMs: 5 * 60_000 };
    await ensureStreams(jsm, names, settings);
    const info = await jsm.streams.info(names.stream('payment'));
    expect(info.config.duplicate_window).toBe(nanos(5 * 60_000));
    expect(info.state.messages).toBe(1);
  });

  it('asks the server for the configured replicas: a single server refuses to create streams with 3', async () => {
    const clustered = busNames(`${eventNamespace()}_replicas`);
    await expect(ensureStreams(jsm, clustered, { ...defaultStreamSettings, replicas: 3 })).rejects.toThrow(
      /replicas > 1 not supported/,
    );
    await expect(jsm.streams.info(clustered.stream('appointment'))).rejects.toThrow(/not found/i);
  });
});
