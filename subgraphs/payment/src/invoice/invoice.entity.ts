import { EntitySchema } from '@mikro-orm/core';

export type InvoiceStatus = 'OPEN' | 'PAID';

/** Opened once per completed consultation, from the `appointment.completed` event. */
export class Invoice {
  id!: string;
  /** One invoice per appointment: the unique key that makes opening it idempotent. */
  appointmentId!: string;
  patientId!: string;
  paymentId: string | null = null;
  amountCents!: number;
  currency!: string;
  status: InvoiceStatus = 'OPEN';
  issuedAt: Date = new Date();
}

export const InvoiceSchema = new EntitySchema<Invoice>({
  class: Invoice,
  tableName: 'invoice',
  indexes: [{ properties: ['patientId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    appointmentId: { type: 'uuid', unique: true },
    patientId: { type: 'uuid' },
    paymentId: { type: 'uuid', nullable: true },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    status: { type: 'string', length: 16 },
    issuedAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
