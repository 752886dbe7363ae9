import { appointmentDb, as, call, demo, ok, operation, refusal, weekday } from '../../../test/clinical';

const BOOK = operation('BookAppointment');
const OPERATIONS = {
  RESCHEDULE: operation('RescheduleAppointment'),
  CANCEL: operation('CancelAppointment'),
  CHECK_IN: operation('CheckInAppointment'),
  START: operation('StartAppointment'),
  COMPLETE: operation('CompleteAppointment'),
  MARK_NO_SHOW: operation('MarkAppointmentNoShow'),
};
type Action = keyof typeof OPERATIONS;
const ACTIONS = Object.keys(OPERATIONS) as Action[];

interface Step {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string;
  actorRole: string;
  occurredAt: string;
  previousStartsAt: string | null;
  note: string | null;
}
type Changed = { id: string; status: string; history: Step[] };

const brandt = demo.doctors[1]!; // Mon-Fri 08-12 and 14-16 UTC
const patient = demo.patients[4]!;
const doctorHeaders = as.doctor(1);
const patientHeaders = as.patient(4);

// Fields and variables of each change; a reschedule needs a valid new time.
const FIELDS: Record<Action, string> = {
  RESCHEDULE: 'rescheduleAppointment',
  CANCEL: 'cancelAppointment',
  CHECK_IN: 'checkInAppointment',
  START: 'startAppointment',
  COMPLETE: 'completeAppointment',
  MARK_NO_SHOW: 'markAppointmentNoShow',
};
let spareMinute = 0;
function variables(action: Action, id: string): Record<string, unknown> {
  if (action !== 'RESCHEDULE') return { id };
  spareMinute += 10;
  return { id, input: { startsAt: new Date(weekday(9, '14:00').getTime() + spareMinute * 60_000).toISOString(), durationMinutes: 10 } };
}

async function change(action: Action, id: string, headers = doctorHeaders, extra: Record<string, unknown> = {}): Promise<Changed> {
  const data = await ok<Record<string, Changed>>(OPERATIONS[action], { ...variables(action, id), ...extra }, headers);
  return data[FIELDS[action]]!;
}

/** Tries every action the lifecycle forbids in the appointment's status; each must be refused with CONFLICT and change nothing. */
async function expectOnly(id: string, allowed: Action[]) {
  const [before] = await appointmentDb<{ status: string; starts_at: Date }>('select status, starts_at from appointment where id = $1', [id]);
  for (const action of ACTIONS.filter((a) => !allowed.includes(a))) {
    const body = await call(OPERATIONS[action], variables(action, id), doctorHeaders);
    expect({ action, ...refusal(body) }).toMatchObject({ action, code: 'CONFLICT' });
  }
  const [after] = await appointmentDb<{ status: string; starts_at: Date }>('select status, starts_at from appointment where id = $1', [id]);
  expect(after).toEqual(before);
}

async function book(time: string): Promise<string> {
  const data = await ok<{ bookAppointment: { id: string } }>(BOOK, { input: { doctorId: brandt.id, startsAt: weekday(7, time).toISOString(), reason: 'Mole check' } }, patientHeaders);
  return data.bookAppointment.id;
}

describe('appointment lifecycle through the gateway', () => {
  it('walks SCHEDULED → CHECKED_IN → IN_PROGRESS → COMPLETED, refusing every other move, and records who and when', async () => {
    const id = await book('08:00');
    await expectOnly(id, ['RESCHEDULE', 'CANCEL', 'CHECK_IN', 'MARK_NO_SHOW']);

    const moved = await change('RESCHEDULE', id, patientHeaders, { input: { startsAt: weekday(7, '08:30').toISOString(), note: 'Later train' } });
    expect(moved.status).toBe('SCHEDULED');
    const checkedIn = await change('CHECK_IN', id, patientHeaders);
    expect(checkedIn.status).toBe('CHECKED_IN');
    await expectOnly(id, ['CANCEL', 'START', 'MARK_NO_SHOW']);
    expect((await change('START', id)).status).toBe('IN_PROGRESS');
    await expectOnly(id, ['COMPLETE']);
    const completed = await change('COMPLETE', id);
    expect(completed.status).toBe('COMPLETED');
    await expectOnly(id, []);

    const history = completed.history;
    expect(history.map((s) => [s.action, s.fromStatus, s.toStatus, s.actorRole])).toEqual([
      ['BOOK', null, 'SCHEDULED', 'PATIENT'],
      ['RESCHEDULE', 'SCHEDULED', 'SCHEDULED', 'PATIENT'],
      ['CHECK_IN', 'SCHEDULED', 'CHECKED_IN', 'PATIENT'],
      ['START', 'CHECKED_IN', 'IN_PROGRESS', 'DOCTOR'],
      ['COMPLETE', 'IN_PROGRESS', 'COMPLETED', 'DOCTOR'],
    ]);
    expect(history.map((s) => s.actorUserId)).toEqual([patient.userId, patient.userId, patient.userId, brandt.userId, brandt.userId]);
    expect(history[1]).toMatchObject({ previousStartsAt: weekday(7, '08:00').toISOString(), note: 'Later train' });
    const times = history.map((s) => Date.parse(s.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Date.now() - times.at(-1)!).toBeLessThan(60_000);
  });

  it('cancels with a reason, after which nothing moves it', async () => {
    const id = await book('09:00');
    const cancelled = await change('CANCEL', id, patientHeaders, { reason: 'Feeling better' });
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'CANCEL', fromStatus: 'SCHEDULED', toStatus: 'CANCELLED', actorRole: 'PATIENT', note: 'Feeling better' });
    await expectOnly(id, []);
  });

  it('marks a no-show only once the appointment has begun', async () => {
    const future = await book('09:30');
    const early = await call(OPERATIONS.MARK_NO_SHOW, { id: future }, doctorHeaders);
    expect(refusal(early)).toMatchObject({ code: 'CONFLICT' });
    expect(refusal(early).message).toContain('before the appointment starts');

    // No mutation books in the past, so the test puts a missed appointment in place (and removes it after).
    const [{ id }] = (await appointmentDb<{ id: string }>(
      `insert into appointment (id, doctor_id, patient_id, starts_at, ends_at, status, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, $3, $4, 'SCHEDULED', now(), now()) returning id`,
      [brandt.id, patient.id, weekday(-2, '09:00'), weekday(-2, '09:30')],
    )) as [{ id: string }];
    try {
      const missed = await change('MARK_NO_SHOW', id);
      expect(missed.status).toBe('NO_SHOW');
      expect(missed.history).toEqual([expect.objectContaining({ action: 'MARK_NO_SHOW', fromStatus: 'SCHEDULED', toStatus: 'NO_SHOW', actorRole: 'DOCTOR', actorUserId: brandt.userId })]);
      await expectOnly(id, []);
    } finally {
      // Other tests count the seeded fortnight's appointments.
      await appointmentDb('delete from appointment where id = $1', [id]);
    }
  });

  it('lets only the people concerned change an appointment', async () => {
    const id = await book('10:00');
    expect(refusal(await call(OPERATIONS.CANCEL, { id }, as.patient(5))).code).toBe('FORBIDDEN');
    expect(refusal(await call(OPERATIONS.CANCEL, { id }, as.doctor(2))).code).toBe('FORBIDDEN');
    expect(refusal(await call(OPERATIONS.CANCEL, { id })).code).toBe('UNAUTHENTICATED');
    await change('CHECK_IN', id, patientHeaders);
    // Only the treating doctor starts and completes; admins and patients do not.
    expect(refusal(await call(OPERATIONS.START, { id }, patientHeaders)).code).toBe('FORBIDDEN');
    expect(refusal(await call(OPERATIONS.START, { id }, as.admin())).code).toBe('FORBIDDEN');
    expect((await change('CANCEL', id, as.admin())).history.at(-1)).toMatchObject({ action: 'CANCEL', actorRole: 'ADMIN' });
    // History is for the appointment's people and admins.
    const peek = await call<{ appointment: { history: unknown } | null }>('query($id: ID!) { appointment(id: $id) { history { action } } }', { id }, as.patient(5));
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown appointment', async () => {
    const body = await call(OPERATIONS.CHECK_IN, { id: '00000000-0000-4000-8000-000000000000' }, doctorHeaders);
    expect(refusal(body).code).toBe('NOT_FOUND');
  });
});
