/** Raised to a subscriber that reads slower than events arrive. */
export class SubscriberTooSlowError extends Error {
  constructor(limit: number) {
    super(`Subscriber fell more than ${limit} events behind; subscription closed`);
  }
}

/**
 * An async queue with a hard bound. A slow reader must not grow the
 * gateway's memory without limit: when `limit` items wait, the queue fails
 * with `SubscriberTooSlowError` and drops what it holds.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: unknown) => void) | null = null;
  private failure: unknown = null;
  private ended = false;

  constructor(
    private readonly limit: number,
    private readonly onReturn: () => void = () => {},
  ) {}

  push(item: T): void {
    if (this.ended || this.failure) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) return this.fail(new SubscriberTooSlowError(this.limit));
    this.items.push(item);
  }

  fail(error: unknown): void {
    if (this.ended || this.failure) return;
    this.failure = error;
    this.items.length = 0;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      reject(error);
    }
    this.onReturn();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
  }

  get size(): number {
    return this.items.length;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.end();
    this.onReturn();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
