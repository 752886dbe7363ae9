import type { SubgraphName } from '@telemed/topology/subgraphs';
import { as, demo, ok, operation, weekday } from './clinical';
import { sqlQueryCount } from './stack';

// Every table a doctor's day view touches, by the subgraph that owns it.
const TABLES: Record<string, [SubgraphName, string]> = {
  appointments: ['appointment', 'appointment'],
  consultations: ['appointment', 'consultation'],
  doctors: ['provider', 'doctor'],
  clinics: ['provider', 'clinic'],
  patients: ['identity', 'patient'],
  files: ['storage', 'stored_file'],
};

interface DayView {
  appointmentSearch: {
    edges: { node: { startsAt: string; patient: { name: string }; doctor: { name: string; clinic: { name: string } }; attachments: unknown[]; consultation: unknown } }[];
    pageInfo: { hasNextPage: boolean };
  };
}

describe("a doctor's day view", () => {
  const marquez = demo.doctors[2]!; // Saturday walk-in clinic 08:00-18:00
  const day = { from: weekday(12).toISOString(), to: weekday(13).toISOString() };

  beforeAll(async () => {
    // Fifty 10-minute walk-in appointments, booked by an admin through the API.
    for (let i = 0; i < 50; i++) {
      const startsAt = new Date(weekday(12, '08:00').getTime() + i * 10 * 60_000).toISOString();
      const patientId = demo.patients[i % demo.patients.length]!.id;
      await ok(operation('BookAppointment'), { input: { doctorId: marquez.id, patientId, startsAt, durationMinutes: 10, reason: 'Walk-in' } }, as.admin());
    }
    // Fifty round trips (gateway, appointment, provider through the service client): more than Jest's default 5 s when the stack is cold.
  }, 60_000);

  async function counted(variables: Record<string, unknown>) {
    const keys = Object.keys(TABLES);
    const before = await Promise.all(keys.map((k) => sqlQueryCount(...TABLES[k]!)));
    const data = await ok<DayView>(operation('DoctorDayView'), variables, as.doctor(2));
    const after = await Promise.all(keys.map((k) => sqlQueryCount(...TABLES[k]!)));
    return { data, counts: Object.fromEntries(keys.map((k, i) => [k, after[i]! - before[i]!])) };
  }
  const ONE_EACH = { appointments: 1, consultations: 1, doctors: 1, clinics: 1, patients: 1, files: 1 };

  it('costs one SQL query per subgraph and table for 50 appointments', async () => {
    const { data, counts } = await counted({ doctorId: marquez.id, ...day, first: 50 });

    const edges = data.appointmentSearch.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((e) => e.node.doctor.name === marquez.name)).toBe(true);
    expect(edges.every((e) => e.node.doctor.clinic.name === demo.clinics[1]!.name)).toBe(true);
    expect(new Set(edges.map((e) => e.node.patient.name)).size).toBe(demo.patients.length);
    expect(counts).toEqual(ONE_EACH);
  });

  it('costs the same over the seeded fortnight, with files and consultations', async () => {
    const { data, counts } = await counted({ doctorId: marquez.id, from: weekday(-7).toISOString(), to: weekday(7).toISOString(), first: 50 });
    const nodes = data.appointmentSearch.edges.map((e) => e.node);
    expect(nodes).toHaveLength(demo.appointments.filter((a) => a.doctorId === marquez.id).length);
    expect(nodes.some((n) => n.attachments.length > 0)).toBe(true);
    expect(nodes.some((n) => n.consultation !== null)).toBe(true);
    expect(counts).toEqual(ONE_EACH);
  });

  it('is a doctor’s own: another doctor may not open it', async () => {
    const body = await ok<DayView>(operation('DoctorDayView'), { doctorId: marquez.id, ...day, first: 50 }, as.admin());
    expect(body.appointmentSearch.edges).toHaveLength(50);
    await expect(ok(operation('DoctorDayView'), { doctorId: marquez.id, ...day, first: 50 }, as.doctor(0))).rejects.toThrow('FORBIDDEN');
  });
});
