import { z } from 'zod';
import { defineEvent } from './define';
import { cents, currency, id, instant, text } from './fields';

const payment = {
  payment_id: id(),
  appointment_id: id(),
  patient_id: id(),
  amount_cents: cents(),
  currency: currency(),
};

export const paymentEvents = {
  'payment.completed': defineEvent({
    description: 'A payment was captured: the money is ours.',
    producers: ['payment'],
    aggregate: 'payment_id',
    current: 1,
    versions: { 1: z.object({ ...payment, captured_at: instant() }) },
  }),
  'payment.failed': defineEvent({
    description: 'A payment could not be captured.',
    producers: ['payment'],
    aggregate: 'payment_id',
    current: 1,
    versions: { 1: z.object({ ...payment, reason: text(500), failed_at: instant() }) },
  }),
  'payment.cancelled': defineEvent({
    description: 'A payment still PENDING was called off because its appointment was cancelled; no money moved.',
    producers: ['payment'],
    aggregate: 'payment_id',
    current: 1,
    versions: { 1: z.object({ ...payment, reason: text(500), cancelled_at: instant() }) },
  }),
  'payment.refunded': defineEvent({
    description: 'A captured payment was refunded in full.',
    producers: ['payment'],
    aggregate: 'payment_id',
    current: 1,
    versions: { 1: z.object({ ...payment, refund_id: id(), reason: text(500), refunded_at: instant() }) },
  }),
} as const;
