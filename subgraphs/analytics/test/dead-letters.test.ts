import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { listDeadLetters } from '@telemed/event-bus/dead-letter';
import { repoRoot } from '@telemed/devstack/repo-root';
import { connectTestBus, waitFor } from '../../../test/events';
import { paymentCompleted, paymentFacts } from './events';

const run = promisify(execFile);

describe('a poison message', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  const lettersFor = async (eventId: string) =>
    (await listDeadLetters(bus.jsm, bus.names)).filter(
      (l) => l.event_id === eventId && l.consumer === 'analytics-read-models',
    );

  it('lands in the dead-letter stream after the configured attempts, with its error, while the messages behind it are processed', async () => {
    // Valid by the catalogue (a safe integer), refused by the read model's int column: every attempt fails.
    const poison = paymentCompleted(3_000_000_000);
    const healthy = Array.from({ length: 5 }, () => paymentCompleted());
    await bus.publisher.publish(poison);
    for (const event of healthy) await bus.publisher.publish(event);

    const ids = healthy.map((e) => e.data.payment_id);
    await waitFor(
      'the healthy events behind the poison',
      () => paymentFacts(ids),
      (n) => n === 5,
      10_000,
    );
    // They were processed while the poison was still being retried.
    expect(await lettersFor(poison.event_id)).toEqual([]);

    const [letter] = await waitFor(
      'the dead letter',
      () => lettersFor(poison.event_id),
      (l) => l.length === 1,
      20_000,
    );
    expect(letter).toMatchObject({
      consumer: 'analytics-read-models',
      event_type: 'payment.completed',
      correlation_id: poison.correlation_id,
      attempts: 5,
      subject: bus.names.subject('payment.completed'),
    });
    expect(letter!.error).toMatch(/integer out of range/);
    expect(JSON.parse(letter!.payload)).toMatchObject({ event_id: poison.event_id });
    expect(await paymentFacts([poison.data.payment_id])).toBe(0);
  }, 40_000);

  it('is listed and replayed by `npm run events -- dlq`', async () => {
    const env = { ...process.env, LOG_LEVEL: 'silent' };
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'scripts/events.ts', ...args], { cwd: repoRoot, env });
    const [letter] = (await listDeadLetters(bus.jsm, bus.names)).filter(
      (l) => l.consumer === 'analytics-read-models',
    );
    const listed = await cli('dlq', 'list');
    expect(listed.stdout).toContain(String(letter!.id));
    expect(listed.stdout).toContain(letter!.event_id!);
    expect(listed.stdout).toContain('integer out of range');

    const replayed = await cli('dlq', 'replay', String(letter!.id));
    expect(replayed.stdout).toContain(`replayed dead letter ${letter!.id}`);
    // Still poison: it fails its attempts again and comes back as a new dead letter.
    const again = await waitFor(
      'the replayed message to be filed again',
      () => lettersFor(letter!.event_id!),
      (l) => l.length === 1 && l[0]!.id !== letter!.id,
      20_000,
    );
    expect(again[0]!.attempts).toBe(5);
  }, 40_000);
});
