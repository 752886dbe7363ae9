import type { EventEnvelope } from '@telemed/event-bus/envelope';
import { BoundedQueue } from '@telemed/streams/bounded-queue';
import { withFreshReads, type LiveEvents } from './live-events';

type Completed = EventEnvelope<'payment.completed'>;
const event = (id: string) => ({ event_id: id }) as Completed;

describe('withFreshReads', () => {
  it('forgets earlier reads before handing out each event, and passes return through', async () => {
    const queue = new BoundedQueue<Completed>(10);
    const live = (() => queue) as unknown as LiveEvents;
    const log: string[] = [];
    const events = withFreshReads(live, () => log.push('forget'))(['payment.completed']);
    queue.push(event('a'));
    queue.push(event('b'));
    log.push(`got ${(await events.next()).value?.event_id}`);
    log.push(`got ${(await events.next()).value?.event_id}`);
    expect(log).toEqual(['forget', 'got a', 'forget', 'got b']);
    await events.return?.();
    expect(await events.next()).toEqual({ done: true, value: undefined });
    expect(log).toHaveLength(4);
  });
});
