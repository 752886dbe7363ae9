import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { EventValidationError } from '@telemed/event-bus/errors';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { payment as paymentSubgraph } from '../../../subgraphs/payment/src/subgraph';
import { Payment } from '../../../subgraphs/payment/src/payment/payment.entity';
import { connectTestBus, sql } from '../../../test/events';
import { recordEvent } from '../src/events/record-event';
import { openOrm } from '../src/orm';

/** recordEvent against the payment subgraph's real database of the test stack. */
describe('recordEvent', () => {
  let orm: MikroORM;
  const origin = { subgraph: 'payment', correlationId: 'corr-record-test', caller: null };
  beforeAll(async () => {
    orm = await openOrm(paymentSubgraph, {
      serverUrl: process.env.DATABASE_URL!,
      prefix: process.env.DATABASE_PREFIX!,
      metrics: createMetrics('record-event-test'),
      logger: createLogger('record-event-test', 'silent'),
    });
  });
  afterAll(() => orm.close());

  const counts = async (paymentId: string) => {
    const [row] = await sql<{ payments: number; events: number }>(
      'payment',
      'select (select count(*)::int from payment where id = $1) as payments, (select count(*)::int from outbox_event where aggregate_id = $1::text) as events',
      [paymentId],
    );
    return row;
  };

  it('refuses an event that fails its schema, and the transaction that produced it rolls back', async () => {
    const id = randomUUID();
    const attempt = orm.em.fork().transactional(async (em) => {
      em.create(Payment, {
        id,
        appointmentId: randomUUID(),
        patientId: randomUUID(),
        amountCents: 100,
        currency: 'USD',
        status: 'COMPLETED',
        createdAt: new Date(),
        capturedAt: new Date(),
        failedAt: null,
        failureReason: null,
      });
      await em.flush();
      recordEvent(
        em,
        'payment.completed',
        {
          payment_id: id,
          appointment_id: 'not-an-id',
          patient_id: randomUUID(),
          amount_cents: -5,
          currency: 'USD',
          captured_at: new Date().toISOString(),
        },
        origin,
      );
    });
    await expect(attempt).rejects.toThrow(EventValidationError);
    await expect(attempt).rejects.toThrow(
      /^Event "payment.completed" v1 is invalid: data.appointment_id: .+; data.amount_cents: /,
    );
    expect(await counts(id)).toEqual({ payments: 0, events: 0 });
  });

  it('writes the event in the same transaction as the state change', async () => {
    const id = randomUUID();
    const envelope = await orm.em.fork().transactional(async (em) => {
      em.create(Payment, {
        id,
        appointmentId: randomUUID(),
        patientId: randomUUID(),
        amountCents: 100,
        currency: 'USD',
        status: 'COMPLETED',
        createdAt: new Date(),
        capturedAt: new Date(),
        failedAt: null,
        failureReason: null,
      });
      return recordEvent(
        em,
        'payment.completed',
        {
          payment_id: id,
          appointment_id: randomUUID(),
          patient_id: randomUUID(),
          amount_cents: 100,
          currency: 'USD',
          captured_at: new Date().toISOString(),
        },
        origin,
      );
    });
    expect(await counts(id)).toEqual({ payments: 1, events: 1 });
    expect(envelope).toMatchObject({
      source_service: 'payment',
      correlation_id: 'corr-record-test',
      event_version: 1,
    });
  });

  it('is refused at publish too: an invalid event never reaches the stream', async () => {
    const bus = await connectTestBus();
    try {
      const before = (await bus.jsm.streams.info(bus.names.stream('payment'))).state.messages;
      const invalid = {
        event_id: randomUUID(),
        event_type: 'payment.completed',
        event_version: 1,
        timestamp: new Date().toISOString(),
        source_service: 'payment',
        correlation_id: 'c',
        data: { payment_id: randomUUID() },
      };
      await expect(bus.publisher.publish(invalid)).rejects.toThrow(
        /data.appointment_id: .+; data.patient_id: /,
      );
      expect((await bus.jsm.streams.info(bus.names.stream('payment'))).state.messages).toBe(before);
    } finally {
      await bus.close();
    }
  });
});
