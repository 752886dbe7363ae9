import { buildDemoDataset, weekStart } from '@telemed/demo-data/dataset';
import { as, bearer } from './auth';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import { gatewayUrl, graphql, sqlQueryCount } from './stack';

// An admin sees every appointment, payment and file, as the demo query expects.
const admin = bearer(as.admin);

/** Runs `operation` and returns how many statements each named (subgraph, table) sent meanwhile. */
async function countQueries<T>(tables: Record<string, [SubgraphName, string]>, operation: () => Promise<T>) {
  const before = await Promise.all(Object.values(tables).map(([s, t]) => sqlQueryCount(s, t)));
  const result = await operation();
  const after = await Promise.all(Object.values(tables).map(([s, t]) => sqlQueryCount(s, t)));
  const counts = Object.fromEntries(Object.keys(tables).map((key, i) => [key, after[i]! - before[i]!]));
  return { result, counts };
}

const DAY_VIEW = /* GraphQL */ `
  query DayView($first: Int!) {
    appointments(first: $first) {
      id
      startsAt
      doctor { name clinic { name } stats { completedConsultations } }
      patient { name }
      payment { status amount }
      attachments { filename }
    }
  }
`;

interface DayView {
  appointments: {
    id: string;
    startsAt: string;
    doctor: { name: string; clinic: { name: string }; stats: { completedConsultations: number } };
    patient: { name: string };
    payment: { status: string; amount: number } | null;
    attachments: { filename: string }[];
  }[];
}

describe('the supergraph through the gateway', () => {
  const demo = buildDemoDataset();
  const seededFrom = new Date(weekStart(new Date()).getTime() - 7 * 86_400_000);
  const seededTo = new Date(weekStart(new Date()).getTime() + 7 * 86_400_000);

  it('answers one query with data from all six subgraphs', async () => {
    const { status, body } = await graphql<DayView>(gatewayUrl(), DAY_VIEW, { first: 5 }, admin);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const appointments = body.data!.appointments;
    expect(appointments).toHaveLength(5);
    const first = appointments[0]!;
    const seeded = demo.appointments.find((a) => a.id === first.id)!;
    expect(seeded).toBeDefined();
    expect(first.startsAt).toBe(seeded.startsAt.toISOString());
    expect(first.doctor.name).toBe(demo.doctors.find((d) => d.id === seeded.doctorId)!.name);
    expect(first.doctor.clinic.name).toBe(demo.clinics.find((c) => c.id === seeded.clinicId)!.name);
    expect(first.patient.name).toBe(demo.patients.find((p) => p.id === seeded.patientId)!.name);
    expect(typeof first.doctor.stats.completedConsultations).toBe('number');
    expect(appointments.some((a) => a.payment !== null)).toBe(true);
    expect(appointments.some((a) => a.attachments.length > 0)).toBe(true);
  });

  it('resolves the references of 50 appointments with one SQL query per subgraph and table', async () => {
    const { result, counts } = await countQueries(
      {
        appointments: ['appointment', 'appointment'],
        doctors: ['provider', 'doctor'],
        clinics: ['provider', 'clinic'],
        patients: ['identity', 'patient'],
        payments: ['payment', 'payment'],
        files: ['storage', 'stored_file'],
        stats: ['analytics', 'appointment_fact'],
      },
      () => graphql<DayView>(gatewayUrl(), DAY_VIEW, { first: 50 }, admin),
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.appointments).toHaveLength(50);
    expect(counts).toEqual({ appointments: 1, doctors: 1, clinics: 1, patients: 1, payments: 1, files: 1, stats: 1 });
  });

  it('batches a list relation: every doctor’s appointments in one SQL query', async () => {
    const { result, counts } = await countQueries({ appointments: ['appointment', 'appointment'] }, () =>
      graphql<{ doctors: { name: string; appointments: { id: string }[] }[] }>(
        gatewayUrl(),
        // The seeded fortnight: other tests book beyond it.
        'query($from: DateTime, $to: DateTime) { doctors(first: 10) { name appointments(from: $from, to: $to, first: 50) { id patient { name } } } }',
        { from: seededFrom.toISOString(), to: seededTo.toISOString() },
        admin,
      ),
    );
    expect(result.body.errors).toBeUndefined();
    const doctors = result.body.data!.doctors;
    expect(doctors).toHaveLength(demo.doctors.length);
    expect(doctors.every((d) => d.appointments.length === 40)).toBe(true);
    expect(counts.appointments).toBe(1);
  });

  it('pages through a list with cursors', async () => {
    const query = 'query($after: String) { doctors(first: 4, after: $after) { id cursor } }';
    type Page = { doctors: { id: string; cursor: string }[] };
    const first = await graphql<Page>(gatewayUrl(), query);
    const second = await graphql<Page>(gatewayUrl(), query, { after: first.body.data!.doctors.at(-1)!.cursor });
    const ids = [...first.body.data!.doctors, ...second.body.data!.doctors].map((d) => d.id);
    expect(ids).toHaveLength(demo.doctors.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns the caller’s correlation ID, or a new one', async () => {
    const echoed = await graphql(gatewayUrl(), '{ clinics { name } }', undefined, { 'x-correlation-id': 'test-corr-123' });
    expect(echoed.headers.get('x-correlation-id')).toBe('test-corr-123');
    const created = await graphql(gatewayUrl(), '{ clinics { name } }');
    expect(created.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
