/**
 * Operating the event backbone from a terminal.
 *
 *   npm run events -- dlq list            every dead letter: id, consumer, event, attempts, error
 *   npm run events -- dlq replay <id>     publish one dead letter's message again, then drop it
 *   npm run events -- dlq replay          the same for every dead letter
 *
 * Reads NATS_URL (default nats://127.0.0.1:4222) and EVENT_NAMESPACE
 * (default dev, the namespace of `npm start`).
 */
import { connect } from '@nats-io/transport-node';
import { natsAuthFrom } from '@telemed/event-bus/nats-auth';
import { createEventBus, type EventBus } from '@telemed/event-bus/bus';
import {
  getDeadLetter,
  listDeadLetters,
  replayDeadLetter,
  type StoredDeadLetter,
} from '@telemed/event-bus/dead-letter';

const USAGE = 'usage: npm run events -- dlq list | dlq replay [id]';

async function main(): Promise<void> {
  const [area, command, id] = process.argv.slice(2);
  if (area !== 'dlq' || (command !== 'list' && command !== 'replay')) throw new Error(USAGE);
  const servers = process.env.NATS_URL || 'nats://127.0.0.1:4222';
  const connection = await connect({ servers, ...natsAuthFrom(process.env), timeout: 5_000 });
  try {
    const bus = await createEventBus(connection, { namespace: process.env.EVENT_NAMESPACE || 'dev' });
    if (command === 'list') await list(bus);
    else await replay(bus, id);
  } finally {
    await connection.drain();
  }
}

async function list(bus: EventBus): Promise<void> {
  const letters = await listDeadLetters(bus.jsm, bus.names);
  if (!letters.length) {
    console.log(`No dead letters in ${bus.names.deadLetterStream}.`);
    return;
  }
  for (const letter of letters) console.log(describe(letter));
  console.log(
    `${letters.length} dead letter${letters.length > 1 ? 's' : ''} in ${bus.names.deadLetterStream}.`,
  );
}

async function replay(bus: EventBus, id: string | undefined): Promise<void> {
  let letters: StoredDeadLetter[];
  if (id === undefined) {
    letters = await listDeadLetters(bus.jsm, bus.names);
  } else {
    if (!/^\d+$/.test(id)) throw new Error(`"${id}" is not a dead letter id (a number from \`dlq list\`)`);
    const letter = await getDeadLetter(bus.jsm, bus.names, Number(id));
    if (!letter) throw new Error(`No dead letter ${id} in ${bus.names.deadLetterStream}`);
    letters = [letter];
  }
  for (const letter of letters) {
    const ack = await replayDeadLetter(bus.js, bus.jsm, bus.names, letter);
    console.log(
      `replayed dead letter ${letter.id} (${letter.event_type ?? 'unparsed message'} ${letter.event_id ?? ''}) to ${letter.subject}, stream sequence ${ack.seq}`,
    );
  }
  if (!letters.length) console.log('Nothing to replay.');
}

function describe(letter: StoredDeadLetter): string {
  return [
    `#${letter.id}  ${letter.failed_at}  ${letter.consumer}`,
    `  event    ${letter.event_type ?? '(unparsed)'} ${letter.event_id ?? ''}  correlation ${letter.correlation_id ?? '-'}`,
    `  from     ${letter.stream} #${letter.stream_sequence} (${letter.subject}) after ${letter.attempts} attempt${letter.attempts === 1 ? '' : 's'}`,
    `  error    ${letter.error}`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
