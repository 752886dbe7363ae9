import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '@telemed/subgraph-kit/arguments';
import type { AuditRecorder } from '@telemed/subgraph-kit/audit-recorder';
import { BadUserInputError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { recordEvent, type EventOrigin } from '@telemed/subgraph-kit/events/record-event';
import { nextStatus } from './payment-transitions';
import { Payment } from './payment.entity';
import { Refund } from './refund.entity';

/**
 * What a command needs from the request: its EntityManager, who caused it
 * (for the event) and the audit recorder (the change is audited in the same
 * transaction as the change and its event).
 */
export interface CommandContext extends EventOrigin {
  readonly em: EntityManager;
  readonly audit: AuditRecorder;
}

const MAX_REASON = 500;

/** Captures a PENDING payment and records `payment.completed`, in one transaction. */
export function capturePayment(ctx: CommandContext, paymentId: string): Promise<Payment> {
  return withLockedPayment(ctx, paymentId, async (em, payment) => {
    payment.status = nextStatus(payment.id, payment.status, 'capture');
    payment.capturedAt = new Date();
    recordEvent(
      em,
      'payment.completed',
      { ...eventFields(payment), captured_at: payment.capturedAt.toISOString() },
      ctx,
    );
  });
}

/** Marks a PENDING payment FAILED and records `payment.failed`, in one transaction. */
export function failPayment(ctx: CommandContext, paymentId: string, rawReason: string): Promise<Payment> {
  const reason = parseReason(rawReason);
  return withLockedPayment(ctx, paymentId, async (em, payment) => {
    payment.status = nextStatus(payment.id, payment.status, 'fail');
    payment.failedAt = new Date();
    payment.failureReason = reason;
    recordEvent(
      em,
      'payment.failed',
      { ...eventFields(payment), reason, failed_at: payment.failedAt.toISOString() },
      ctx,
    );
  });
}

/** Refunds a COMPLETED payment in full and records `payment.refunded`, in one transaction. */
export function refundPayment(ctx: CommandContext, paymentId: string, rawReason: string): Promise<Payment> {
  const reason = parseReason(rawReason);
  return withLockedPayment(ctx, paymentId, async (em, payment) => {
    payment.status = nextStatus(payment.id, payment.status, 'refund');
    const refund = em.create(Refund, {
      id: randomUUID(),
      paymentId: payment.id,
      amountCents: payment.amountCents,
      currency: payment.currency,
      reason,
      createdAt: new Date(),
    });
    recordEvent(
      em,
      'payment.refunded',
      { ...eventFields(payment), refund_id: refund.id, reason, refunded_at: refund.createdAt.toISOString() },
      ctx,
    );
    ctx.audit.recordChange(em, 'CREATE', 'Refund', [refund.id]);
  });
}

/**
 * Runs `change` on the payment with its row locked (`SELECT ... FOR UPDATE`),
 * so two concurrent commands on one payment cannot both pass the status
 * check; the change, its outbox event and its audit record (UPDATE Payment)
 * commit together or not at all.
 */
async function withLockedPayment(
  ctx: CommandContext,
  rawId: string,
  change: (em: EntityManager, payment: Payment) => Promise<void>,
): Promise<Payment> {
  const id = parseId(rawId, 'paymentId');
  return ctx.em.transactional(async (em) => {
    const payment = await em.findOne(Payment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!payment) throw new NotFoundError('Payment', id);
    await change(em, payment);
    ctx.audit.recordChange(em, 'UPDATE', 'Payment', [payment.id]);
    return payment;
  });
}

function eventFields(payment: Payment) {
  return {
    payment_id: payment.id,
    appointment_id: payment.appointmentId,
    patient_id: payment.patientId,
    amount_cents: payment.amountCents,
    currency: payment.currency,
  };
}

function parseReason(value: string): string {
  const reason = value.trim();
  if (!reason || reason.length > MAX_REASON) {
    throw new BadUserInputError(`"reason" must be 1 to ${MAX_REASON} characters`, ['reason']);
  }
  return reason;
}
