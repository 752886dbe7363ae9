/**
 * graphql-ws clients of the test stack's gateway, for subscription tests:
 * connect as someone, collect what a subscription pushes, wait for it.
 */
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { gatewayUrl } from './stack';

export type LiveResult<T> = FormattedExecutionResult<T, unknown>;

export interface LiveStream<T> {
  /** Every result pushed so far, in order (errors included). */
  readonly results: LiveResult<T>[];
  /** Settles when the subscription ends: completed, refused or failed. */
  readonly done: Promise<void>;
  unsubscribe(): void;
}

const clients: Client[] = [];

/** A client of the gateway whose connection carries `headers.authorization`; closed by `disposeClients`. */
export function connect(headers: Record<string, string>, url = gatewayUrl()): Client {
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: headers.authorization },
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Call from `afterAll`. */
export function disposeClients(): Promise<void> {
  return Promise.all(clients.splice(0).map((c) => c.dispose())).then(() => undefined);
}

export function collect<T = Record<string, unknown>>(client: Client, query: string, variables?: Record<string, unknown>): LiveStream<T> {
  const results: LiveResult<T>[] = [];
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve) => {
    unsubscribe = client.subscribe<T>({ query, variables }, { next: (r) => void results.push(r), error: () => resolve(), complete: resolve });
  });
  return { results, done, unsubscribe: () => unsubscribe() };
}

/** Waits until `condition` holds, polling; fails after `ms` naming `what`. */
export async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The gateway does not acknowledge a subscribe: it is open once the owning
 * subgraph has subscribed to NATS. Time for that hop before acting.
 */
export const SUBSCRIBE_SETTLE_MS = 1_000;

/**
 * After a positive delivery to a control subscriber, how long a subscriber
 * that must not receive the same event is watched: events reach every
 * subscriber of a process from one NATS message, so a leak would show well within it.
 */
export const NOTHING_MORE_MS = 1_500;

/**
 * For a test that acts and then waits for deliveries: more than `until`'s
 * wait and the settle times together. Jest projects do not inherit the root
 * `testTimeout`, so integration tests otherwise get Jest's 5 s.
 */
export const LIVE_TEST_TIMEOUT_MS = 40_000;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
