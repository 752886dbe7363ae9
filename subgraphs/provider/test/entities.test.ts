import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { demoId } from '@telemed/demo-data/ids';
import { fetchEntities } from '../../../test/entities';

describe('provider entities', () => {
  const demo = buildDemoDataset();
  const missing = demoId('nobody');

  it('resolves Doctor references in one query, null for unknown ids', async () => {
    const [a, b] = demo.doctors;
    const { entities, queries } = await fetchEntities('provider', 'Doctor', [a!.id, missing, b!.id], 'id name specialty', 'doctor');
    expect(entities).toEqual([
      { id: a!.id, name: a!.name, specialty: a!.specialty },
      null,
      { id: b!.id, name: b!.name, specialty: b!.specialty },
    ]);
    expect(queries).toBe(1);
  });

  it('resolves Clinic references with their doctors batched', async () => {
    const ids = demo.clinics.map((c) => c.id);
    const { entities, queries } = await fetchEntities<{ name: string; doctors: { id: string }[] }>(
      'provider', 'Clinic', ids, 'name doctors { id }', 'doctor');
    expect(entities.map((c) => c?.name)).toEqual(demo.clinics.map((c) => c.name));
    expect(entities.map((c) => c?.doctors.length)).toEqual(demo.clinics.map((c) => demo.doctors.filter((d) => d.clinicId === c.id).length));
    expect(queries).toBe(1);
  });
});

describe('provider entities of the clinical core', () => {
  const demo = buildDemoDataset();

  it('resolves Review references in one query', async () => {
    const sample = demo.reviews.slice(0, 3);
    const { entities, queries } = await fetchEntities<{ id: string; rating: number; doctor: { id: string } }>(
      'provider', 'Review', [...sample.map((r) => r.id), demoId('review:none')], 'id rating doctor { id }', 'review');
    expect(entities).toEqual([...sample.map((r) => ({ id: r.id, rating: r.rating, doctor: { id: r.doctorId } })), null]);
    expect(queries).toBe(1);
  });

  it('gives Doctor references their working hours and upcoming time off, batched', async () => {
    const { entities, queries } = await fetchEntities<{ workingHours: unknown[]; timeOff: unknown[] }>(
      'provider', 'Doctor', demo.doctors.map((d) => d.id), 'workingHours { dayOfWeek } timeOff { startsAt }', 'working_hours');
    expect(entities.map((d) => d?.workingHours.length)).toEqual(demo.doctors.map((d) => demo.workingHours.filter((h) => h.doctorId === d.id).length));
    expect(queries).toBe(1);
  });
});
