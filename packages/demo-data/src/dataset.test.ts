import { buildDemoDataset, weekStart } from './dataset';
import { demoId } from './ids';

describe('demo dataset', () => {
  const now = new Date('2026-11-25T12:00:00Z'); // a Wednesday

  it('derives stable UUIDs from names', () => {
    expect(demoId('doctor:x')).toBe(demoId('doctor:x'));
    expect(demoId('doctor:x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('covers last week and this week without double booking a doctor', () => {
    const data = buildDemoDataset(now);
    expect(weekStart(now).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(data.appointments).toHaveLength(2 * 6 * 5 * 4);
    const slots = new Set(data.appointments.map((a) => `${a.doctorId}@${a.startsAt.toISOString()}`));
    expect(slots.size).toBe(data.appointments.length);
    expect(data.appointments.some((a) => a.status === 'COMPLETED')).toBe(true);
    expect(data.appointments.some((a) => a.status === 'SCHEDULED')).toBe(true);
  });

  it('is the same for the same week', () => {
    expect(buildDemoDataset(now)).toEqual(buildDemoDataset(new Date('2026-11-25T12:00:00Z')));
  });
});
