import { sampleSum } from '@telemed/devstack/prometheus';
import { connectTestBus, waitFor } from '../../../test/events';
import { subgraphUrl } from '../../../test/stack';
import { paymentCompleted, paymentFacts, processedCount } from './events';

/** Events analytics' consumer found already processed and skipped (its /metrics). */
async function skippedDuplicates(): Promise<number> {
  const response = await fetch(new URL('/metrics', subgraphUrl('analytics')));
  return sampleSum(await response.text(), 'events_handled_total', {
    consumer: 'analytics-read-models',
    type: 'payment.completed',
    outcome: 'duplicate',
  });
}

describe('an event published twice', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  it('is stored once when the event_id repeats (JetStream de-duplication)', async () => {
    const event = paymentCompleted();
    const stream = bus.names.stream('payment');
    const before = (await bus.jsm.streams.info(stream)).state.messages;
    const first = await bus.publisher.publish(event);
    const second = await bus.publisher.publish(event);
    expect(first.duplicate).toBe(false);
    expect(second).toMatchObject({ duplicate: true, seq: first.seq });
    expect((await bus.jsm.streams.info(stream)).state.messages).toBe(before + 1);
    await waitFor(
      'the event to be consumed',
      () => paymentFacts([event.data.payment_id]),
      (n) => n === 1,
      10_000,
    );
  });

  it('is applied once when it comes again past de-duplication (a replay)', async () => {
    const event = paymentCompleted();
    await bus.publisher.publish(event);
    await waitFor(
      'the first copy',
      () => processedCount(event.event_id),
      (n) => n === 1,
      10_000,
    );
    const skippedBefore = await skippedDuplicates();
    // Another Nats-Msg-Id, as a dead-letter replay or a publish after the window would have.
    const again = await bus.publisher.publish(event, { msgId: `again-${event.event_id}` });
    expect(again.duplicate).toBe(false);
    await waitFor('the second copy to be skipped', skippedDuplicates, (n) => n === skippedBefore + 1, 10_000);
    expect(await processedCount(event.event_id)).toBe(1);
    expect(await paymentFacts([event.data.payment_id])).toBe(1);
  });
});
