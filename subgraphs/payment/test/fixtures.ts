import { randomUUID } from 'node:crypto';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { sql } from '../../../test/events';

export interface PendingPayment {
  readonly id: string;
  readonly appointmentId: string;
  readonly patientId: string;
  readonly amountCents: number;
}

/**
 * Inserts PENDING payments of demo patients for fresh appointment ids, so
 * tests never change a demo payment other tests read. Payments are created by
 * checkout, which has no mutation yet; the seeder's way in is SQL.
 */
export async function insertPendingPayments(count: number, amountCents = 5_000): Promise<PendingPayment[]> {
  const patients = buildDemoDataset().patients;
  const payments = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    appointmentId: randomUUID(),
    patientId: patients[i % patients.length]!.id,
    amountCents,
  }));
  const values = payments.map(
    (_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4}, 'USD', 'PENDING', now())`,
  );
  await sql(
    'payment',
    `insert into payment (id, appointment_id, patient_id, amount_cents, currency, status, created_at) values ${values.join(', ')}`,
    payments.flatMap((p) => [p.id, p.appointmentId, p.patientId, p.amountCents]),
  );
  return payments;
}
