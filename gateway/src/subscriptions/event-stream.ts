import { GraphQLError, type ExecutionResult } from 'graphql';
import type { BoundedQueue } from '@telemed/streams/bounded-queue';
import type { Logger } from '@telemed/observability/logger';
import type { UpstreamSink } from './upstream-subscriptions';

/** Opens the upstream subscription and returns how to close it. */
export type OpenUpstream = (sink: UpstreamSink) => () => void;

export interface EventStreamOptions {
  /** Turns one upstream event into the result every subscriber receives. */
  readonly resolve: (event: ExecutionResult) => Promise<ExecutionResult>;
  /** The result that ends every stream when the upstream fails. */
  readonly failure: (error: unknown) => ExecutionResult;
  /** Called once, when the stream stops taking subscribers (last one left, or the upstream ended). */
  readonly onDone: () => void;
  readonly logger: Logger;
}

/**
 * One upstream subscription and the subscribers it feeds. Each event is
 * resolved once, in order, and the same result is pushed to every
 * subscriber's own bounded queue, so a slow subscriber overflows only its
 * own queue. The upstream is closed when the last subscriber leaves; when the
 * upstream fails or completes, every subscriber's stream ends with it.
 */
export class EventStream {
  private readonly subscribers = new Set<BoundedQueue<ExecutionResult>>();
  private chain: Promise<void> = Promise.resolve();
  private closeUpstream: () => void = () => {};
  private done = false;

  constructor(private readonly options: EventStreamOptions) {}

  /** Opens the upstream; call once, after the first subscriber is attached. */
  open(openUpstream: OpenUpstream): void {
    this.closeUpstream = openUpstream({
      next: (event) => {
        this.chain = this.chain
          .then(() => this.options.resolve(event))
          .catch((error: unknown): ExecutionResult => {
            this.options.logger.error({ err: error }, 'resolving a subscription event failed');
            return { errors: [new GraphQLError('Could not resolve subscription event', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
          })
          .then((result) => {
            // A queue that overflows detaches itself while we iterate: iterate a copy.
            for (const subscriber of [...this.subscribers]) subscriber.push(result);
          });
      },
      error: (error) => this.finish(this.options.failure(error)),
      complete: () => this.finish(),
    });
  }

  get size(): number {
    return this.subscribers.size;
  }

  attach(subscriber: BoundedQueue<ExecutionResult>): void {
    this.subscribers.add(subscriber);
  }

  /** A subscriber left (client gone, too slow); the last one out closes the upstream. */
  detach(subscriber: BoundedQueue<ExecutionResult>): void {
    if (!this.subscribers.delete(subscriber) || this.subscribers.size > 0 || this.done) return;
    this.markDone();
    this.closeUpstream();
  }

  /** The upstream ended: after the events already resolving, end every subscriber's stream. */
  private finish(last?: ExecutionResult): void {
    this.markDone();
    this.chain = this.chain.then(() => {
      for (const subscriber of this.subscribers) {
        if (last) subscriber.push(last);
        subscriber.end();
      }
      this.subscribers.clear();
    });
  }

  private markDone(): void {
    if (this.done) return;
    this.done = true;
    this.options.onDone();
  }
}
