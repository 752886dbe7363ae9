import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { fetchEntities } from '../../../test/entities';

describe('analytics entities', () => {
  const demo = buildDemoDataset();

  it('adds stats to Doctor references in one grouped query', async () => {
    const { entities, queries } = await fetchEntities<{ stats: { totalAppointments: number; completedConsultations: number; noShows: number; revenueCents: number } }>(
      'analytics', 'Doctor', demo.doctors.map((d) => d.id), 'stats { totalAppointments completedConsultations noShows revenueCents }', 'appointment_fact');
    const expected = demo.doctors.map((d) => {
      const mine = demo.appointments.filter((a) => a.doctorId === d.id);
      const completed = mine.filter((a) => a.status === 'COMPLETED');
      return {
        stats: {
          totalAppointments: mine.length,
          completedConsultations: completed.length,
          noShows: mine.filter((a) => a.status === 'NO_SHOW').length,
          revenueCents: completed.length * d.feeCents,
        },
      };
    });
    expect(entities).toEqual(expected);
    expect(queries).toBe(1);
  });
});
