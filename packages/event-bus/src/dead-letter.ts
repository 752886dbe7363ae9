import type { JetStreamClient, JetStreamManager, PubAck, StoredMsg } from '@nats-io/jetstream';
import type { BusNames } from './names';
import { isNotFound } from './streams';

/** A message a consumer gave up on, kept with why, for `npm run events -- dlq list|replay`. */
export interface DeadLetter {
  readonly consumer: string;
  /** Where the message was: stream, sequence and subject. */
  readonly stream: string;
  readonly stream_sequence: number;
  readonly subject: string;
  readonly event_id?: string;
  readonly event_type?: string;
  readonly correlation_id?: string;
  /** The last error, or why the message could not be handled at all. */
  readonly error: string;
  /** Deliveries the consumer made before giving up. */
  readonly attempts: number;
  readonly failed_at: string;
  /** The message body exactly as received (UTF-8). */
  readonly payload: string;
}

/** A dead letter as stored, with its sequence in the dead-letter stream (its id for replay). */
export interface StoredDeadLetter extends DeadLetter {
  readonly id: number;
}

export function publishDeadLetter(js: JetStreamClient, names: BusNames, letter: DeadLetter): Promise<PubAck> {
  return js.publish(names.deadLetterSubject(letter.consumer), JSON.stringify(letter), {
    // Stable across redeliveries of the same message: a consumer that dies
    // after publishing, before terminating, does not file it twice.
    msgID: `${letter.consumer}:${letter.stream}:${letter.stream_sequence}`,
    timeout: 5_000,
  });
}

/** Every dead letter still kept, oldest first. */
export async function listDeadLetters(jsm: JetStreamManager, names: BusNames): Promise<StoredDeadLetter[]> {
  const info = await jsm.streams.info(names.deadLetterStream).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (!info || info.state.messages === 0) return [];
  const letters: StoredDeadLetter[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const stored = await getMessage(jsm, names, seq);
    if (stored) letters.push(decode(stored));
  }
  return letters;
}

export async function getDeadLetter(
  jsm: JetStreamManager,
  names: BusNames,
  id: number,
): Promise<StoredDeadLetter | null> {
  const stored = await getMessage(jsm, names, id);
  return stored ? decode(stored) : null;
}

/**
 * Publishes a dead letter's original message again, on its original subject,
 * then deletes the dead letter. Every consumer of that subject receives it;
 * those that already processed the event skip it (processed_event), so only
 * the one that gave up does the work. A fresh `Nats-Msg-Id` gets it past
 * JetStream's de-duplication of the original.
 */
export async function replayDeadLetter(
  js: JetStreamClient,
  jsm: JetStreamManager,
  names: BusNames,
  letter: StoredDeadLetter,
): Promise<PubAck> {
  const ack = await js.publish(letter.subject, letter.payload, {
    msgID: `replay:${names.deadLetterStream}:${letter.id}`,
    timeout: 5_000,
  });
  await jsm.streams.deleteMessage(names.deadLetterStream, letter.id, false);
  return ack;
}

async function getMessage(jsm: JetStreamManager, names: BusNames, seq: number): Promise<StoredMsg | null> {
  try {
    return await jsm.streams.getMessage(names.deadLetterStream, { seq });
  } catch (error) {
    // Deleted (replayed) sequences leave gaps.
    if (isNotFound(error)) return null;
    throw error;
  }
}

function decode(stored: StoredMsg): StoredDeadLetter {
  return { ...stored.json<DeadLetter>(), id: stored.seq };
}
