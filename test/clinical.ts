/**
 * Shared by the clinical-core integration tests: who acts (real access
 * tokens for demo users), when (instants relative to the demo week), the
 * documented operations (the `.graphql` files docs link to), and a look at
 * the appointment database for what the API must not be trusted to report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { buildDemoDataset, weekStart } from '@telemed/demo-data/dataset';
import { repoRoot } from '@telemed/devstack/repo-root';
import { databaseUrlFor } from '@telemed/subgraph-kit/env';
import { bearer } from './auth';
import { gatewayUrl, graphql, type GraphQLBody } from './stack';

export const demo = buildDemoDataset();

/** `Authorization` headers of demo users, by index in the demo dataset. */
export const as = {
  patient: (i: number) => {
    const p = demo.patients[i]!;
    return bearer({ userId: p.userId, roles: ['PATIENT'], patientId: p.id });
  },
  doctor: (i: number) => {
    const d = demo.doctors[i]!;
    return bearer({ userId: d.userId, roles: ['DOCTOR'], doctorId: d.id });
  },
  admin: () => bearer({ userId: demo.admin.id, roles: ['ADMIN'] }),
};

/**
 * An instant counted from this week's Monday 00:00 UTC: `weekday(7, '09:00')`
 * is next Monday at 09:00. Next week and later hold no seeded appointments.
 */
export function weekday(day: number, time = '00:00'): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(weekStart(new Date()).getTime() + day * 86_400_000 + (h * 60 + m) * 60_000);
}

/** Runs an operation through the gateway and returns the body, errors included. */
export async function call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>> {
  return (await graphql<T>(gatewayUrl(), query, variables, headers)).body;
}

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
  const body = await call<T>(query, variables, headers);
  if (body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** The first error's code and field, for asserting refusals. */
export function refusal(body: GraphQLBody<unknown>): { code: unknown; field?: unknown; message: string } {
  const error = body.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

/** An operation documented in docs/consultation-lifecycle.md (docs/operations/<name>.graphql). */
export function operation(name: string): string {
  return readFileSync(join(repoRoot, 'docs', 'operations', `${name}.graphql`), 'utf8');
}

/** Reads the appointment subgraph's own database directly. */
export async function appointmentDb<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = databaseUrlFor(process.env.DATABASE_URL!, `${process.env.DATABASE_PREFIX}_appointment`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Books the doctor's first free slot in [from, to) as the caller of `headers` (a patient); returns the appointment. */
export async function bookFirstFreeSlot(
  doctorId: string,
  from: Date,
  to: Date,
  headers: Record<string, string>,
  reason: string,
): Promise<{ id: string; startsAt: string }> {
  const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
    'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
    { id: doctorId, from: from.toISOString(), to: to.toISOString() }, headers);
  const startsAt = slots.doctor.availableSlots[0]?.startsAt;
  if (!startsAt) throw new Error(`no free slot of doctor ${doctorId} between ${from.toISOString()} and ${to.toISOString()}`);
  const { bookAppointment } = await ok<{ bookAppointment: { id: string; startsAt: string } }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id startsAt } }',
    { input: { doctorId, startsAt, reason } }, headers);
  return bookAppointment;
}
