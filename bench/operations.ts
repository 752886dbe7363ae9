/** One GraphQL operation the benchmark drives every target with. */
export interface BenchOperation {
  readonly id: string;
  /** Row heading in the report. */
  readonly title: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  /** A mutation writes on every request, so its answers are checked for errors, not compared. */
  readonly mutation?: boolean;
}

/** The queries, in report order. */
export const queries: readonly BenchOperation[] = [
  {
    id: 'doctor-search',
    title: 'Doctor search (1 subgraph)',
    query: 'query DoctorSearch { doctors(first: 20) { id name specialty } }',
  },
  {
    id: 'doctors-day',
    title: "A doctor's day (root + 5 subgraphs)",
    query:
      'query DoctorsDay { appointments(first: 20) { id startsAt doctor { name clinic { name } stats { completedConsultations } } patient { name } payment { status amount } attachments { filename } } }',
  },
  {
    id: 'fan-out',
    title: 'Fan-out: 100 appointments, 3 entity fetches',
    query:
      'query AppointmentList { appointments(first: 100) { id doctor { name } patient { name } payment { status } } }',
  },
];

/**
 * The mutation to benchmark once the schema has one: replace `undefined` with
 * one line, e.g. `{ id: 'book', title: 'Booking (mutation)', mutation: true, query: 'mutation { ... }' }`,
 * and the run measures it like the queries. Every request writes, so pick one
 * that is idempotent or cheap to accumulate (the bench databases are reset each run).
 */
export const mutation: BenchOperation | undefined = undefined;

/** Why a row of the report has no numbers. */
export const notMeasured = {
  mutation: 'not yet — the schema has mutations now (e.g. `capturePayment`), none is wired into `bench/operations.ts`',
  subscriptions: 'measured apart: `npm run bench:subscriptions` (docs/performance-subscriptions.md)',
} as const;
