import { EntitySchema } from '@mikro-orm/core';

/** Money given back for a captured payment; one per payment while refunds are in full only. */
export class Refund {
  id!: string;
  paymentId!: string;
  amountCents!: number;
  currency!: string;
  reason!: string;
  createdAt: Date = new Date();
}

export const RefundSchema = new EntitySchema<Refund>({
  class: Refund,
  tableName: 'refund',
  properties: {
    id: { type: 'uuid', primary: true },
    paymentId: { type: 'uuid', unique: true },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    reason: { type: 'string', length: 500 },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
