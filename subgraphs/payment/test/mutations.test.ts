import { randomUUID } from 'node:crypto';
import { gatewayUrl, graphql } from '../../../test/stack';
import { sql, waitFor } from '../../../test/events';
import { insertPendingPayments } from './fixtures';

const CAPTURE = 'mutation($id: ID!) { capturePayment(paymentId: $id) { id status capturedAt amount } }';
const FAIL =
  'mutation($id: ID!, $reason: String!) { failPayment(paymentId: $id, reason: $reason) { id status failureReason } }';
const REFUND =
  'mutation($id: ID!, $reason: String!) { refundPayment(paymentId: $id, reason: $reason) { id status refund { amount reason } } }';

interface OutboxRow {
  event_type: string;
  envelope: { correlation_id: string; data: Record<string, unknown> };
  sent_at: Date | null;
}

const outboxOf = (paymentId: string) =>
  sql<OutboxRow>(
    'payment',
    'select event_type, envelope, sent_at from outbox_event where aggregate_id = $1 order by id',
    [paymentId],
  );

describe('payment mutations through the gateway', () => {
  it('captures, then refunds, recording each event with the request’s correlation ID', async () => {
    const [payment] = await insertPendingPayments(1, 7_500);
    const captured = await graphql<{
      capturePayment: { status: string; capturedAt: string; amount: number };
    }>(gatewayUrl(), CAPTURE, { id: payment!.id }, { 'x-correlation-id': 'corr-capture-1' });
    expect(captured.body.errors).toBeUndefined();
    expect(captured.body.data!.capturePayment).toMatchObject({ status: 'COMPLETED', amount: 7_500 });

    const refunded = await graphql<{
      refundPayment: { status: string; refund: { amount: number; reason: string } };
    }>(gatewayUrl(), REFUND, { id: payment!.id, reason: '  Consultation cut short  ' });
    expect(refunded.body.data!.refundPayment).toEqual({
      id: payment!.id,
      status: 'REFUNDED',
      refund: { amount: 7_500, reason: 'Consultation cut short' },
    });

    const rows = await waitFor(
      'both events to be published',
      () => outboxOf(payment!.id),
      (r) => r.length === 2 && r.every((row) => row.sent_at),
    );
    expect(rows.map((r) => r.event_type)).toEqual(['payment.completed', 'payment.refunded']);
    expect(rows[0]!.envelope).toMatchObject({
      correlation_id: 'corr-capture-1',
      data: { payment_id: payment!.id, amount_cents: 7_500, currency: 'USD' },
    });
  });

  it('fails a pending payment with its reason', async () => {
    const [payment] = await insertPendingPayments(1);
    const { body } = await graphql<{ failPayment: { status: string; failureReason: string } }>(
      gatewayUrl(),
      FAIL,
      { id: payment!.id, reason: 'Card declined' },
    );
    expect(body.data!.failPayment).toEqual({
      id: payment!.id,
      status: 'FAILED',
      failureReason: 'Card declined',
    });
    expect((await outboxOf(payment!.id)).map((r) => r.event_type)).toEqual(['payment.failed']);
  });

  it('answers an invalid transition with CONFLICT and records nothing', async () => {
    const [payment] = await insertPendingPayments(1);
    const refund = await graphql(gatewayUrl(), REFUND, { id: payment!.id, reason: 'x' });
    expect(refund.body.errors?.[0]).toMatchObject({
      message: `Payment ${payment!.id} is PENDING; only a COMPLETED payment can be refunded`,
      path: ['refundPayment'],
      extensions: { code: 'CONFLICT', status: 'PENDING', action: 'refund' },
    });
    await graphql(gatewayUrl(), CAPTURE, { id: payment!.id });
    const twice = await graphql(gatewayUrl(), CAPTURE, { id: payment!.id });
    expect(twice.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', status: 'COMPLETED' } });
    expect((await outboxOf(payment!.id)).map((r) => r.event_type)).toEqual(['payment.completed']);
  });

  it('lets only one of two concurrent captures through', async () => {
    const [payment] = await insertPendingPayments(1);
    const results = await Promise.all(
      [1, 2, 3].map(() => graphql(gatewayUrl(), CAPTURE, { id: payment!.id })),
    );
    expect(results.filter((r) => !r.body.errors).length).toBe(1);
    expect(results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect(await outboxOf(payment!.id)).toHaveLength(1);
  });

  it('answers an unknown id with NOT_FOUND, a malformed one and a blank reason with BAD_USER_INPUT', async () => {
    const unknown = randomUUID();
    const missing = await graphql(gatewayUrl(), CAPTURE, { id: unknown });
    expect(missing.body.errors?.[0]).toMatchObject({
      message: `Payment ${unknown} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const malformed = await graphql(gatewayUrl(), CAPTURE, { id: '42' });
    expect(malformed.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'paymentId' },
    });
    const [payment] = await insertPendingPayments(1);
    const blank = await graphql(gatewayUrl(), FAIL, { id: payment!.id, reason: '   ' });
    expect(blank.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
  });
});
