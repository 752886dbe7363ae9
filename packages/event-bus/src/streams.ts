import {
  DiscardPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { BusNames } from './names';

const DAY_MS = 86_400_000;

export interface StreamSettings {
  /** How long a domain stream keeps events (consumers created later can still read them). */
  readonly maxAgeMs: number;
  /** JetStream de-duplicates `Nats-Msg-Id` (our `event_id`) within this window. */
  readonly duplicateWindowMs: number;
  readonly deadLetterMaxAgeMs: number;
  /**
   * Copies of each stream in a JetStream cluster (`EVENT_STREAM_REPLICAS`):
   * 1 on a single server (dev, tests), 3 in production so a stream survives
   * the loss of one NATS node. At most the cluster's size (and at most 5).
   */
  readonly replicas: number;
}

export const defaultStreamSettings: StreamSettings = {
  maxAgeMs: 7 * DAY_MS,
  // An outbox row is re-published when the relay stopped between publish and
  // marking it sent; that happens within seconds, an hour is ample.
  duplicateWindowMs: 60 * 60_000,
  deadLetterMaxAgeMs: 30 * DAY_MS,
  replicas: 1,
};

/** The streams a namespace needs: one per domain, plus the dead letters. */
export function streamConfigs(
  names: BusNames,
  settings: StreamSettings = defaultStreamSettings,
): StreamConfig[] {
  const common = {
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: settings.replicas,
  };
  return [
    ...names.domains.map(
      (domain) =>
        ({
          ...common,
          name: names.stream(domain),
          subjects: [names.streamSubjects(domain)],
          max_age: nanos(settings.maxAgeMs),
          duplicate_window: nanos(settings.duplicateWindowMs),
        }) as StreamConfig,
    ),
    {
      ...common,
      name: names.deadLetterStream,
      subjects: [names.deadLetterSubject('*')],
      max_age: nanos(settings.deadLetterMaxAgeMs),
      duplicate_window: nanos(settings.duplicateWindowMs),
    } as StreamConfig,
  ];
}

/**
 * Creates the namespace's streams, or updates them when their settings
 * changed. Safe to run from every process at every start, at once: a stream
 * another process created meanwhile is updated instead.
 */
export async function ensureStreams(
  jsm: JetStreamManager,
  names: BusNames,
  settings?: StreamSettings,
): Promise<void> {
  for (const config of streamConfigs(names, settings)) await ensureStream(jsm, config);
}

async function ensureStream(jsm: JetStreamManager, config: StreamConfig): Promise<void> {
  const existing = await jsm.streams.info(config.name).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (!existing) {
    try {
      await jsm.streams.add(config);
      return;
    } catch (error) {
      // Another process created it between our look-up and our add.
      if (!(error instanceof JetStreamApiError) || !/already in use/i.test(error.message)) throw error;
    }
  } else if (!differs(existing.config, config)) {
    return;
  }
  await jsm.streams.update(config.name, {
    subjects: config.subjects,
    max_age: config.max_age,
    duplicate_window: config.duplicate_window,
    // JetStream moves a clustered stream to more (or fewer) peers in place.
    num_replicas: config.num_replicas,
  });
}

function differs(current: StreamConfig, wanted: StreamConfig): boolean {
  return (
    current.max_age !== wanted.max_age ||
    current.duplicate_window !== wanted.duplicate_window ||
    current.num_replicas !== wanted.num_replicas ||
    JSON.stringify(current.subjects) !== JSON.stringify(wanted.subjects)
  );
}

export function isNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.status === 404;
}
