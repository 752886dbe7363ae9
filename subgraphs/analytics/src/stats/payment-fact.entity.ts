import { EntitySchema } from '@mikro-orm/core';

export type PaymentFactStatus = 'COMPLETED' | 'FAILED' | 'REFUNDED';

/**
 * One row per payment analytics has heard of, from payment events. Revenue
 * is what is COMPLETED (captured and not refunded); attributing it to a
 * doctor goes through `appointment_fact`, so events may arrive in any order.
 */
export class PaymentFact {
  paymentId!: string;
  appointmentId!: string;
  amountCents!: number;
  currency!: string;
  status!: PaymentFactStatus;
  capturedAt: Date | null = null;
  failedAt: Date | null = null;
  refundedAt: Date | null = null;
}

export const PaymentFactSchema = new EntitySchema<PaymentFact>({
  class: PaymentFact,
  tableName: 'payment_fact',
  indexes: [{ properties: ['appointmentId'] }, { properties: ['capturedAt'] }],
  properties: {
    paymentId: { type: 'uuid', primary: true },
    appointmentId: { type: 'uuid' },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    status: { type: 'string', length: 16 },
    capturedAt: { type: 'datetime', nullable: true },
    failedAt: { type: 'datetime', nullable: true },
    refundedAt: { type: 'datetime', nullable: true },
  },
});
