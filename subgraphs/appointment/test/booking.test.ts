import { demoId } from '@telemed/demo-data/ids';
import { bearer } from '../../../test/auth';
import { appointmentDb, as, call, demo, ok, operation, refusal, weekday } from '../../../test/clinical';
import { sqlQueryCount } from '../../../test/stack';

const BOOK = operation('BookAppointment');
const SLOTS = operation('AvailableSlots');
const okafor = demo.doctors[0]!; // Mon-Fri 09-12 and 14-17 UTC, 30-minute slots; off next Wednesday.

type Booked = { bookAppointment: { id: string; status: string; startsAt: string; endsAt: string } };
type Slots = { doctor: { availableSlots: { startsAt: string; endsAt: string }[] } };

describe('booking', () => {
  it('books exactly one of 20 concurrent attempts at the same slot; the others get CONFLICT', async () => {
    const startsAt = weekday(8, '15:00');
    const attempts = Array.from({ length: 20 }, (_, i) => {
      const patientId = demoId(`patient:concurrent:${i}`);
      const headers = bearer({ userId: demoId(`user:concurrent:${i}`), roles: ['PATIENT'], patientId });
      return call<Booked>(BOOK, { input: { doctorId: okafor.id, startsAt: startsAt.toISOString(), reason: 'Palpitations' } }, headers);
    });
    const results = await Promise.all(attempts);

    const booked = results.filter((r) => r.data?.bookAppointment);
    const refused = results.filter((r) => r.errors?.length);
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(refusal(r)).toMatchObject({ code: 'CONFLICT', message: 'The doctor already has an appointment at this time' });

    const rows = await appointmentDb<{ count: string }>(
      `select count(*) from appointment where doctor_id = $1 and status not in ('CANCELLED', 'NO_SHOW')
         and tstzrange(starts_at, ends_at) && tstzrange($2, $3)`,
      [okafor.id, startsAt, new Date(startsAt.getTime() + 30 * 60_000)],
    );
    expect(Number(rows[0]!.count)).toBe(1);
  });

  it('refuses a patient two appointments at once, even with different doctors', async () => {
    const startsAt = weekday(8, '16:00').toISOString();
    await ok(BOOK, { input: { doctorId: okafor.id, startsAt } }, as.patient(0));
    const body = await call(BOOK, { input: { doctorId: demo.doctors[3]!.id, startsAt } }, as.patient(0));
    expect(refusal(body)).toMatchObject({ code: 'CONFLICT', message: 'The patient already has an appointment at this time' });
  });

  it.each([
    ['outside working hours', weekday(7, '12:30'), "outside the doctor's working hours"],
    ['across the lunch break', weekday(7, '11:45'), "outside the doctor's working hours"],
    ['in time off', weekday(9, '10:00'), "in the doctor's time off"],
  ])('refuses a booking %s with BAD_USER_INPUT on input.startsAt', async (_, startsAt, message) => {
    const body = await call(BOOK, { input: { doctorId: okafor.id, startsAt: startsAt.toISOString() } }, as.patient(1));
    expect(refusal(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    expect(refusal(body).message).toContain(message);
  });

  it('validates input semantically, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ doctorId: okafor.id, startsAt: weekday(-3, '09:00').toISOString() }, 'input.startsAt'],
      [{ doctorId: okafor.id, startsAt: new Date(weekday(11, '09:00').getTime() + 30_000).toISOString() }, 'input.startsAt'],
      [{ doctorId: okafor.id, startsAt: weekday(7, '09:00').toISOString(), durationMinutes: 5 }, 'input.durationMinutes'],
      [{ doctorId: 'not-a-uuid', startsAt: weekday(7, '09:00').toISOString() }, 'input.doctorId'],
      [{ doctorId: okafor.id, startsAt: weekday(7, '09:00').toISOString(), reason: 'x'.repeat(501) }, 'input.reason'],
    ];
    for (const [input, field] of cases) {
      expect(refusal(await call(BOOK, { input }, as.patient(1)))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('answers NOT_FOUND for a doctor provider does not know, and lets patients book only for themselves', async () => {
    const startsAt = weekday(7, '09:00').toISOString();
    expect(refusal(await call(BOOK, { input: { doctorId: demoId('doctor:nobody'), startsAt } }, as.patient(1))).code).toBe('NOT_FOUND');
    expect(refusal(await call(BOOK, { input: { doctorId: okafor.id, startsAt, patientId: demo.patients[2]!.id } }, as.patient(1))).code).toBe('FORBIDDEN');
    expect(refusal(await call(BOOK, { input: { doctorId: okafor.id, startsAt } })).code).toBe('UNAUTHENTICATED');
  });
});

describe('Doctor.availableSlots', () => {
  const monday = { doctorId: okafor.id, from: weekday(7).toISOString(), to: weekday(8).toISOString() };

  it('cuts working hours into slots and leaves out booked ones', async () => {
    const before = await ok<Slots>(SLOTS, monday);
    const starts = before.doctor.availableSlots.map((s) => s.startsAt.slice(11, 16));
    expect(starts).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '14:00', '14:30', '15:00', '15:30', '16:00', '16:30']);

    await ok(BOOK, { input: { doctorId: okafor.id, startsAt: weekday(7, '10:00').toISOString() } }, as.patient(2));
    const after = await ok<Slots>(SLOTS, monday);
    expect(after.doctor.availableSlots.map((s) => s.startsAt.slice(11, 16))).not.toContain('10:00');
    expect(after.doctor.availableSlots).toHaveLength(11);
  });

  it('offers nothing in time off', async () => {
    const data = await ok<Slots>(SLOTS, { doctorId: okafor.id, from: weekday(9).toISOString(), to: weekday(10).toISOString() });
    expect(data.doctor.availableSlots).toEqual([]);
  });

  it('refuses ranges longer than 31 days or backwards with BAD_USER_INPUT', async () => {
    const long = await call(SLOTS, { doctorId: okafor.id, from: weekday(7).toISOString(), to: weekday(7 + 32).toISOString() });
    expect(long.errors?.[0]).toMatchObject({ path: ['doctor', 'availableSlots'], extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    const backwards = await call(SLOTS, { doctorId: okafor.id, from: weekday(8).toISOString(), to: weekday(7).toISOString() });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('answers every doctor of a page with one query per table', async () => {
    const tables = ['appointment', 'waitlist_entry'] as const;
    const before = await Promise.all(tables.map((t) => sqlQueryCount('appointment', t)));
    const data = await ok<{ doctors: { availableSlots: unknown[] }[] }>(
      'query($from: DateTime!, $to: DateTime!) { doctors(first: 10) { name availableSlots(from: $from, to: $to) { startsAt } } }',
      { from: weekday(7).toISOString(), to: weekday(14).toISOString() },
    );
    const after = await Promise.all(tables.map((t) => sqlQueryCount('appointment', t)));
    expect(data.doctors).toHaveLength(demo.doctors.length);
    expect(data.doctors.every((d) => d.availableSlots.length > 0)).toBe(true);
    expect(after.map((n, i) => n - before[i]!)).toEqual([1, 1]);
  });
});
