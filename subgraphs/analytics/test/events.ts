import { randomUUID } from 'node:crypto';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import type { EventEnvelope } from '@telemed/event-bus/validate';
import { sql, testEvent } from '../../../test/events';

// A patient identity knows: its notification consumer sends them a receipt instead of retrying.
const payer = buildDemoDataset().patients[0]!.id;

/** A `payment.completed` for a new payment, as the payment subgraph would publish it. */
export function paymentCompleted(amountCents = 1_000): EventEnvelope<'payment.completed'> {
  return testEvent('payment.completed', {
    payment_id: randomUUID(),
    appointment_id: randomUUID(),
    patient_id: payer,
    amount_cents: amountCents,
    currency: 'USD',
    captured_at: new Date().toISOString(),
  });
}

export async function paymentFacts(paymentIds: readonly string[]): Promise<number> {
  const [row] = await sql<{ n: number }>(
    'analytics',
    'select count(*)::int as n from payment_fact where payment_id = any($1)',
    [paymentIds],
  );
  return row!.n;
}

export async function processedCount(eventId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(
    'analytics',
    'select count(*)::int as n from processed_event where event_id = $1',
    [eventId],
  );
  return row!.n;
}
