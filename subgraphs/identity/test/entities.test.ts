import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { demoId } from '@telemed/demo-data/ids';
import { fetchEntities } from '../../../test/entities';

describe('identity entities', () => {
  const demo = buildDemoDataset();

  it('resolves Patient references in one query, with their users batched', async () => {
    const patients = demo.patients.slice(0, 4);
    const { entities, queries } = await fetchEntities<{ id: string; name: string; user: { email: string; role: string } }>(
      'identity', 'Patient', [...patients.map((p) => p.id), demoId('nobody')], 'id name user { email role }', 'patient');
    expect(entities).toEqual([
      ...patients.map((p) => ({ id: p.id, name: p.name, user: { email: p.email, role: 'PATIENT' } })),
      null,
    ]);
    expect(queries).toBe(1);
  });
});

describe('identity notifications', () => {
  it('resolves Notification references, null for unknown ids', async () => {
    const { entities } = await fetchEntities<{ id: string }>('identity', 'Notification', [demoId('no-such-notification')], 'id title');
    expect(entities).toEqual([null]);
  });
});
