import { randomUUID } from 'node:crypto';
import { as, bearer } from '../../../test/auth';
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

/** The payment mutations are for admins: every call here is an admin's unless it says otherwise. */
const admin = () => bearer(as.admin);

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
    }>(gatewayUrl(), CAPTURE, { id: payment!.id }, { ...admin(), 'x-correlation-id': 'corr-capture-1' });
    expect(captured.body.errors).toBeUndefined();
    expect(captured.body.data!.capturePayment).toMatchObject({ status: 'COMPLETED', amount: 7_500 });

    const refunded = await graphql<{
      refundPayment: { status: string; refund: { amount: number; reason: string } };
    }>(gatewayUrl(), REFUND, { id: payment!.id, reason: '  Consultation cut short  ' }, admin());
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
      user_id: as.admin.userId,
      data: { payment_id: payment!.id, amount_cents: 7_500, currency: 'USD' },
    });

    // The same changes are audited, committed with them and their events.
    const audited = await sql<{
      action: string;
      entity_type: string;
      actor_user_id: string;
      via_service: string;
      correlation_id: string;
    }>(
      'payment',
      "select action, entity_type, actor_user_id, via_service, correlation_id from audit_outbox where $1 = any(entity_ids) or (entity_type = 'Refund' and correlation_id = $2) order by correlation_id = $2, entity_type",
      [payment!.id, rows[1]!.envelope.correlation_id],
    );
    expect(audited).toEqual([
      {
        action: 'UPDATE',
        entity_type: 'Payment',
        actor_user_id: as.admin.userId,
        via_service: 'gateway',
        correlation_id: 'corr-capture-1',
      },
      {
        action: 'UPDATE',
        entity_type: 'Payment',
        actor_user_id: as.admin.userId,
        via_service: 'gateway',
        correlation_id: rows[1]!.envelope.correlation_id,
      },
      {
        action: 'CREATE',
        entity_type: 'Refund',
        actor_user_id: as.admin.userId,
        via_service: 'gateway',
        correlation_id: rows[1]!.envelope.correlation_id,
      },
    ]);
  });

  it('lets only admins move money: a patient cannot capture even their own payment, anonymous callers nothing', async () => {
    const [payment] = await insertPendingPayments(1);
    const owner = { userId: randomUUID(), roles: ['PATIENT' as const], patientId: payment!.patientId };
    for (const [query, variables] of [
      [CAPTURE, { id: payment!.id }],
      [FAIL, { id: payment!.id, reason: 'Changed my mind' }],
      [REFUND, { id: payment!.id, reason: 'Changed my mind' }],
    ] as const) {
      const byOwner = await graphql(gatewayUrl(), query, variables, bearer(owner));
      expect(byOwner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const byDoctor = await graphql(gatewayUrl(), query, variables, bearer(as.doctor()));
      expect(byDoctor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await graphql(gatewayUrl(), query, variables);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await outboxOf(payment!.id)).toEqual([]);
    const [row] = await sql<{ status: string }>('payment', 'select status from payment where id = $1', [
      payment!.id,
    ]);
    expect(row!.status).toBe('PENDING');
  });

  it('fails a pending payment with its reason', async () => {
    const [payment] = await insertPendingPayments(1);
    const { body } = await graphql<{ failPayment: { status: string; failureReason: string } }>(
      gatewayUrl(),
      FAIL,
      { id: payment!.id, reason: 'Card declined' },
      admin(),
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
    const refund = await graphql(gatewayUrl(), REFUND, { id: payment!.id, reason: 'x' }, admin());
    expect(refund.body.errors?.[0]).toMatchObject({
      message: `Payment ${payment!.id} is PENDING; only a COMPLETED payment can be refunded`,
      path: ['refundPayment'],
      extensions: { code: 'CONFLICT', status: 'PENDING', action: 'refund' },
    });
    await graphql(gatewayUrl(), CAPTURE, { id: payment!.id }, admin());
    const twice = await graphql(gatewayUrl(), CAPTURE, { id: payment!.id }, admin());
    expect(twice.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', status: 'COMPLETED' } });
    expect((await outboxOf(payment!.id)).map((r) => r.event_type)).toEqual(['payment.completed']);
  });

  it('lets only one of two concurrent captures through', async () => {
    const [payment] = await insertPendingPayments(1);
    const results = await Promise.all(
      [1, 2, 3].map(() => graphql(gatewayUrl(), CAPTURE, { id: payment!.id }, admin())),
    );
    expect(results.filter((r) => !r.body.errors).length).toBe(1);
    expect(results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
    expect(await outboxOf(payment!.id)).toHaveLength(1);
  });

  it('answers an unknown id with NOT_FOUND, a malformed one and a blank reason with BAD_USER_INPUT', async () => {
    const unknown = randomUUID();
    const missing = await graphql(gatewayUrl(), CAPTURE, { id: unknown }, admin());
    expect(missing.body.errors?.[0]).toMatchObject({
      message: `Payment ${unknown} was not found`,
      extensions: { code: 'NOT_FOUND' },
    });
    const malformed = await graphql(gatewayUrl(), CAPTURE, { id: '42' }, admin());
    expect(malformed.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'paymentId' },
    });
    const [payment] = await insertPendingPayments(1);
    const blank = await graphql(gatewayUrl(), FAIL, { id: payment!.id, reason: '   ' }, admin());
    expect(blank.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
  });
});
