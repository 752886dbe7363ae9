import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { fetchEntities } from '../../../test/entities';

describe('payment entities', () => {
  const demo = buildDemoDataset();

  it('resolves Payment references in one query', async () => {
    const sample = demo.payments.slice(0, 5);
    const { entities, queries } = await fetchEntities<{ amount: number; currency: string; appointment: { id: string } }>(
      'payment', 'Payment', sample.map((p) => p.id), 'amount currency appointment { id }', 'payment');
    expect(entities).toEqual(sample.map((p) => ({ amount: p.amountCents, currency: 'USD', appointment: { id: p.appointmentId } })));
    expect(queries).toBe(1);
  });

  it('adds the payment to Appointment references in one query', async () => {
    const sample = demo.appointments.slice(0, 20);
    const { entities, queries } = await fetchEntities<{ payment: { status: string } | null }>(
      'payment', 'Appointment', sample.map((a) => a.id), 'payment { status }', 'payment');
    const expected = sample.map((a) => demo.payments.find((p) => p.appointmentId === a.id)?.status ?? null);
    expect(entities.map((e) => e?.payment?.status ?? null)).toEqual(expected);
    expect(queries).toBe(1);
  });
});
