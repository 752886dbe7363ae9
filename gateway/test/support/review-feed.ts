import { BoundedQueue } from '@telemed/streams/bounded-queue';
import type { TestSubgraphDefinition } from './test-subgraph';

export interface Review {
  readonly id: string;
  readonly stars: number;
  readonly doctorId: string;
}

/**
 * A subgraph whose `reviewAdded` subscription is fed by the test: `publish`
 * plays the part NATS plays in the platform. `open` counts live
 * subscriptions, so tests can see the gateway close its upstream ones.
 */
export function reviewFeed() {
  const listeners = new Map<BoundedQueue<{ reviewAdded: Review }>, string>();
  const definition: TestSubgraphDefinition = {
    name: 'reviews',
    typeDefs: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query { _reviewsVersion: String }
      type Subscription {
        reviewAdded(doctorId: ID!): Review!
      }
      type Review {
        id: ID!
        stars: Int!
        doctor: Doctor!
      }
      type Doctor @key(fields: "id", resolvable: false) {
        id: ID!
      }`,
    resolvers: {
      Subscription: {
        reviewAdded: {
          // The queue itself is the iterator, so the gateway closing the
          // subscription reaches it at once (an async generator blocked in
          // `await` would not see `return()` until its next event).
          subscribe: (_: unknown, { doctorId }: { doctorId: string }) => {
            const queue = new BoundedQueue<{ reviewAdded: Review }>(100, () => listeners.delete(queue));
            listeners.set(queue, doctorId);
            return queue;
          },
        },
      },
      Review: { doctor: (review: Review) => ({ id: review.doctorId }) },
    },
  };
  return {
    definition,
    publish: (review: Review) =>
      listeners.forEach((doctorId, queue) => doctorId === review.doctorId && queue.push({ reviewAdded: review })),
    open: () => listeners.size,
  };
}
