import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { fetchEntities } from '../../../test/entities';

describe('storage entities', () => {
  const demo = buildDemoDataset();

  it('resolves File references in one query', async () => {
    const sample = demo.files.slice(0, 3);
    const { entities, queries } = await fetchEntities<{ filename: string; size: number }>(
      'storage', 'File', sample.map((f) => f.id), 'filename size', 'stored_file');
    expect(entities).toEqual(sample.map((f) => ({ filename: f.filename, size: f.size })));
    expect(queries).toBe(1);
  });

  it('adds attachments to Appointment references in one query', async () => {
    const sample = demo.appointments.slice(0, 12);
    const { entities, queries } = await fetchEntities<{ attachments: { filename: string }[] }>(
      'storage', 'Appointment', sample.map((a) => a.id), 'attachments { filename }', 'stored_file');
    expect(entities.map((e) => e?.attachments.length)).toEqual(
      sample.map((a) => demo.files.filter((f) => f.appointmentId === a.id).length));
    expect(queries).toBe(1);
  });
});
