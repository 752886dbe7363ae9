import type { ExecutionResult } from 'graphql';
import { createLogger } from '@telemed/observability/logger';
import { BoundedQueue, SubscriberTooSlowError } from '@telemed/streams/bounded-queue';
import { EventStream } from './event-stream';
import type { UpstreamSink } from './upstream-subscriptions';

const logger = createLogger('event-stream-test', 'silent');

function setup(resolve: (event: ExecutionResult) => Promise<ExecutionResult> = async (event) => event) {
  let sink: UpstreamSink | undefined;
  const calls = { resolved: 0, closed: 0, done: 0 };
  const stream = new EventStream({
    resolve: (event) => {
      calls.resolved++;
      return resolve(event);
    },
    failure: () => ({ errors: [{ message: 'upstream gone' }] as never }),
    onDone: () => void calls.done++,
    logger,
  });
  const subscriber = (limit = 10) => {
    const queue: BoundedQueue<ExecutionResult> = new BoundedQueue(limit, () => stream.detach(queue));
    stream.attach(queue);
    return queue;
  };
  const open = () =>
    stream.open((s) => {
      sink = s;
      return () => void calls.closed++;
    });
  return { stream, subscriber, open, calls, upstream: () => sink! };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('EventStream', () => {
  it('resolves each event once and hands the result to every subscriber, in order', async () => {
    const { subscriber, open, calls, upstream } = setup();
    const a = subscriber();
    const b = subscriber();
    open();
    upstream().next({ data: { n: 1 } });
    upstream().next({ data: { n: 2 } });
    await flush();
    expect(calls.resolved).toBe(2);
    for (const queue of [a, b]) {
      expect(await queue.next()).toEqual({ value: { data: { n: 1 } }, done: false });
      expect(await queue.next()).toEqual({ value: { data: { n: 2 } }, done: false });
    }
  });

  it('keeps the upstream open until the last subscriber leaves', async () => {
    const { subscriber, open, calls } = setup();
    const a = subscriber();
    const b = subscriber();
    open();
    await a.return();
    expect(calls).toMatchObject({ closed: 0, done: 0 });
    await b.return();
    expect(calls).toMatchObject({ closed: 1, done: 1 });
  });

  it('ends only the subscriber that falls behind', async () => {
    const { subscriber, open, calls, upstream } = setup();
    const slow = subscriber(1);
    const reader = subscriber(10);
    open();
    upstream().next({ data: { n: 1 } });
    upstream().next({ data: { n: 2 } });
    await flush();
    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberTooSlowError);
    expect(await reader.next()).toEqual({ value: { data: { n: 1 } }, done: false });
    expect(calls.closed).toBe(0);
  });

  it('ends every subscriber with the failure, after the events already resolving', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { subscriber, open, calls, upstream } = setup(async (event) => {
      await gate;
      return event;
    });
    const a = subscriber();
    const b = subscriber();
    open();
    upstream().next({ data: { n: 1 } });
    upstream().error(new Error('socket closed'));
    expect(calls.done).toBe(1);
    release();
    for (const queue of [a, b]) {
      expect(await queue.next()).toEqual({ value: { data: { n: 1 } }, done: false });
      expect(await queue.next()).toEqual({ value: { errors: [{ message: 'upstream gone' }] }, done: false });
      expect(await queue.next()).toEqual({ value: undefined, done: true });
    }
  });

  it('turns a resolution that throws into an error result instead of ending the stream', async () => {
    const { subscriber, open, upstream } = setup(async () => {
      throw new Error('boom');
    });
    const a = subscriber();
    open();
    upstream().next({ data: {} });
    const first = await a.next();
    expect(first.value?.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
