/**
 * Helpers for tests of the event backbone: the real bus of the test stack's
 * namespace, its subgraphs' databases, and waiting for eventual effects.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { natsAuthFrom } from '@telemed/event-bus/nats-auth';
import { createEventBus, type EventBus } from '@telemed/event-bus/bus';
import type { EventData, EventType } from '@telemed/event-bus/catalogue/index';
import { createEvent, type EventEnvelope } from '@telemed/event-bus/validate';
import { databaseUrlFor } from '@telemed/subgraph-kit/env';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import { eventNamespace, natsUrl, natsControllable, startNats, stopNats } from './stack';

/** A client of the stack's NATS on the stack's namespace; close it in afterAll. */
export async function connectTestBus(): Promise<EventBus & { close(): Promise<void> }> {
  const connection = await connect({ servers: natsUrl(), ...natsAuthFrom(process.env), maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  const bus = await createEventBus(connection, { namespace: eventNamespace() });
  return { ...bus, close: () => connection.drain() };
}

/** A catalogued event as a producer would record it, from the test. */
export function testEvent<T extends EventType>(
  type: T,
  data: EventData<T>,
  correlationId = `test-${randomUUID()}`,
): EventEnvelope<T> {
  return createEvent({ type, data, source: 'appointment', correlationId });
}

/** Runs SQL on one subgraph's database of the test stack. */
export async function sql<T extends object = Record<string, unknown>>(
  subgraph: SubgraphName,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({
    connectionString: databaseUrlFor(process.env.DATABASE_URL!, `${process.env.DATABASE_PREFIX}_${subgraph}`),
  });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Polls `probe` until `done` holds for its value; fails naming `what` and the last value. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (done(last)) return last;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs / 1000} s waiting for ${what}; last value: ${JSON.stringify(last)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** `it` when the stack runs its own nats-server (tests may stop it), else skipped with the reason in its name. */
export const itWithOwnNats: jest.It = natsControllable() ? it : (it.skip as unknown as jest.It);

export interface OutageScenario {
  /** How many commands to run while NATS is down. */
  readonly count: number;
  /** One command through the gateway; must succeed while NATS is down. */
  readonly act: (index: number) => Promise<void>;
  /** What the consumers built from the events so far (a count in a read model). */
  readonly observed: () => Promise<number>;
  readonly timeoutMs?: number;
}

/**
 * The "no event lost" scenario: stop NATS, run `count` commands (every one
 * must succeed: their events wait in the outbox), start NATS again, and
 * expect exactly `count` more in the read model — none lost, none twice
 * (it is read again after everything has settled).
 */
export async function expectNoEventLostDuringOutage(scenario: OutageScenario): Promise<{ drainMs: number }> {
  const before = await scenario.observed();
  await stopNats();
  try {
    for (let i = 0; i < scenario.count; i++) await scenario.act(i);
    // Nothing can have reached the consumers yet.
    expect(await scenario.observed()).toBe(before);
  } finally {
    await startNats();
  }
  const restarted = Date.now();
  await waitFor(
    'every event to be consumed',
    scenario.observed,
    (n) => n >= before + scenario.count,
    scenario.timeoutMs ?? 60_000,
  );
  const drainMs = Date.now() - restarted;
  // Redeliveries or a second relay round would show up now.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await scenario.observed()).toBe(before + scenario.count);
  return { drainMs };
}
