import { EntitySchema } from '@mikro-orm/core';

export type PaymentStatus = 'PENDING' | 'COMPLETED' | 'FAILED' | 'REFUNDED' | 'CANCELLED';

export class Payment {
  id!: string;
  /** The appointment subgraph's `Appointment.id`. */
  appointmentId!: string;
  /** Identity's `Patient.id` of the payer. */
  patientId!: string;
  /** Minor units (cents); never floating point for money. */
  amountCents!: number;
  currency = 'USD';
  status: PaymentStatus = 'PENDING';
  createdAt: Date = new Date();
  capturedAt: Date | null = null;
  failedAt: Date | null = null;
  failureReason: string | null = null;
}

export const PaymentSchema = new EntitySchema<Payment>({
  class: Payment,
  tableName: 'payment',
  indexes: [{ properties: ['appointmentId', 'createdAt'] }, { properties: ['patientId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    appointmentId: { type: 'uuid' },
    patientId: { type: 'uuid' },
    amountCents: { type: 'integer' },
    currency: { type: 'string', length: 3 },
    status: { type: 'string', length: 16 },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
    capturedAt: { type: 'datetime', nullable: true },
    failedAt: { type: 'datetime', nullable: true },
    failureReason: { type: 'string', length: 500, nullable: true },
  },
});
