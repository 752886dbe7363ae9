import { BoundedQueue, SubscriberTooSlowError } from './bounded-queue';

describe('BoundedQueue', () => {
  it('hands items to a waiting reader in order', async () => {
    const queue = new BoundedQueue<number>(10);
    const first = queue.next();
    queue.push(1);
    queue.push(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
  });

  it('fails a reader that falls behind the limit, and drops what it held', async () => {
    let returned = 0;
    const queue = new BoundedQueue<number>(2, () => returned++);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(queue.size).toBe(0);
    await expect(queue.next()).rejects.toBeInstanceOf(SubscriberTooSlowError);
    expect(returned).toBe(1);
  });

  it('ends and calls back on return', async () => {
    let returned = 0;
    const queue = new BoundedQueue<number>(5, () => returned++);
    const pending = queue.next();
    await queue.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(returned).toBe(1);
    queue.push(1);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
