import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { fetchEntities } from '../../../test/entities';
import { sql } from '../../../test/events';

describe('analytics entities', () => {
  const demo = buildDemoDataset();

  it('adds stats to Doctor references in one grouped query', async () => {
    // Other suites book and complete appointments through the gateway, and
    // their events reach the read model: the seeded facts plus those.
    // Events of the suite before may still be arriving: read both sides again until they agree.
    for (let attempt = 1; ; attempt++) {
      const { entities, queries, expected } = await readBoth();
      if (attempt < 10 && JSON.stringify(entities) !== JSON.stringify(expected)) {
        await new Promise((r) => setTimeout(r, 300));
        continue;
      }
      expect(entities).toEqual(expected);
      expect(queries).toBe(1);
      break;
    }
  });

  async function readBoth() {
    const seeded = demo.appointments.map((a) => a.id);
    const added = await sql<{ doctor_id: string; status: string }>(
      'analytics', 'select doctor_id, status from appointment_fact where not (appointment_id = any($1::uuid[]))', [seeded]);
    const { entities, queries } = await fetchEntities<{ stats: { totalAppointments: number; completedConsultations: number; noShows: number; revenueCents: number } }>(
      'analytics', 'Doctor', demo.doctors.map((d) => d.id), 'stats { totalAppointments completedConsultations noShows revenueCents }', 'appointment_fact');
    const expected = demo.doctors.map((d) => {
      const mine = [...demo.appointments.filter((a) => a.doctorId === d.id), ...added.filter((a) => a.doctor_id === d.id)];
      const completed = mine.filter((a) => a.status === 'COMPLETED');
      const seededCompleted = demo.appointments.filter((a) => a.doctorId === d.id && a.status === 'COMPLETED');
      return {
        stats: {
          totalAppointments: mine.length,
          completedConsultations: completed.length,
          noShows: mine.filter((a) => a.status === 'NO_SHOW').length,
          // Revenue is captured payments: appointments completed by tests are invoiced, never paid.
          revenueCents: seededCompleted.length * d.feeCents,
        },
      };
    });
    return { entities, queries, expected };
  }
});
