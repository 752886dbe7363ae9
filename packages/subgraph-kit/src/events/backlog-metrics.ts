import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Registry } from 'prom-client';
import type { EventBus } from '@telemed/event-bus/bus';
import { isNotFound } from '@telemed/event-bus/streams';
import { withTimeout } from '@telemed/http-server/with-timeout';
import { execute } from '../sql';

export interface BacklogGaugeOptions {
  readonly registry: Registry;
  readonly orm: MikroORM;
  /** Whether the subgraph writes an outbox. */
  readonly produces: boolean;
  /** Names of the subgraph's consumers, whose dead letters are counted. */
  readonly consumers: readonly string[];
  /** The bus once it is up; null while it is not. */
  readonly bus: () => EventBus | null;
}

/** Scrapes share one read per second: several replicas and Prometheus servers may scrape at once. */
const READ_TTL_MS = 1_000;

/**
 * What waits, read at scrape time: unsent outbox rows and the age of the
 * oldest (the relay's lag while NATS is away, when no publication happens to
 * be measured), and dead letters per consumer of this subgraph. A read that
 * fails (the database or NATS away) leaves the last values in place rather
 * than failing the whole scrape.
 */
export function registerBacklogGauges(options: BacklogGaugeOptions): void {
  const registers = [options.registry];
  if (options.produces) {
    const read = cachedRead(async () => {
      const em = options.orm.em.fork({ loggerContext: { origin: 'internal' } });
      const [row] = await execute<{ pending: number; oldest: number }[]>(
        em,
        `select count(*)::int as pending,
                coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest
           from outbox_event where sent_at is null`,
      );
      return row ?? { pending: 0, oldest: 0 };
    });
    new Gauge({
      name: 'events_outbox_pending',
      help: 'Outbox events recorded but not yet published',
      registers,
      async collect() {
        const value = await read();
        if (value) this.set(value.pending);
      },
    });
    new Gauge({
      name: 'events_outbox_oldest_pending_seconds',
      help: 'Age of the oldest outbox event not yet published (0 when none waits)',
      registers,
      async collect() {
        const value = await read();
        if (value) this.set(value.oldest);
      },
    });
  }
  if (options.consumers.length) {
    const read = cachedRead(async () => {
      const bus = options.bus();
      if (!bus) return null;
      const info = await bus.jsm.streams
        .info(bus.names.deadLetterStream, { subjects_filter: bus.names.deadLetterSubject('*') })
        .catch((error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        });
      const subjects = info?.state.subjects ?? {};
      return new Map(options.consumers.map((consumer) => [consumer, subjects[bus.names.deadLetterSubject(consumer)] ?? 0]));
    });
    new Gauge({
      name: 'events_dead_letters',
      help: 'Dead letters kept for each consumer of this service (npm run events -- dlq list)',
      labelNames: ['consumer'],
      registers,
      async collect() {
        const counts = await read();
        for (const [consumer, count] of counts ?? []) this.set({ consumer }, count);
      },
    });
  }
}

/** One read shared by the calls within `READ_TTL_MS`; undefined when it failed. */
function cachedRead<T>(read: () => Promise<T>): () => Promise<T | undefined> {
  let last: { at: number; value: Promise<T | undefined> } | null = null;
  return () => {
    if (!last || Date.now() - last.at > READ_TTL_MS) {
      last = { at: Date.now(), value: withTimeout(read(), 2_000).catch(() => undefined) };
    }
    return last.value;
  };
}

