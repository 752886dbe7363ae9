import pg from 'pg';
import { databaseUrlFor } from '@telemed/subgraph-kit/env';
import { connectTestBus, sql, waitFor } from '../../../test/events';
import { killService, restartService } from '../../../test/stack';
import { paymentCompleted, paymentFacts, processedCount } from './events';

/**
 * The analytics process is SIGKILLed while its consumer is in the middle of
 * an event (its handler waits on a table lock this test holds), then started
 * again through the stack's supervisor: JetStream redelivers the event and
 * its effect is applied exactly once.
 */
describe('a consumer killed mid-message', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  let blocker: pg.Client;
  beforeAll(async () => {
    bus = await connectTestBus();
    blocker = new pg.Client({
      connectionString: databaseUrlFor(process.env.DATABASE_URL!, `${process.env.DATABASE_PREFIX}_analytics`),
    });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker.end();
    await bus.close();
  });

  it('gets the message again after a restart and applies it once', async () => {
    await blocker.query('begin');
    // Reads go on; the handler's insert waits until we let go.
    await blocker.query('lock table payment_fact in exclusive mode');
    const event = paymentCompleted(4_200);
    await bus.publisher.publish(event);

    await waitFor(
      'the handler to be blocked inside its transaction',
      () =>
        sql<{ n: number }>(
          'analytics',
          "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%payment_fact%'",
        ),
      (rows) => rows[0]!.n === 1,
      10_000,
    );
    await killService('analytics');
    await blocker.query('rollback');
    expect(await paymentFacts([event.data.payment_id])).toBe(0);

    await restartService('analytics');
    await waitFor(
      'the redelivered event to be applied',
      () => paymentFacts([event.data.payment_id]),
      (n) => n === 1,
      30_000,
    );
    expect(await processedCount(event.event_id)).toBe(1);
    const [fact] = await sql<{ amount_cents: number }>(
      'analytics',
      'select amount_cents from payment_fact where payment_id = $1',
      [event.data.payment_id],
    );
    expect(fact!.amount_cents).toBe(4_200);
  }, 60_000);
});
