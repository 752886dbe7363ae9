import { randomUUID } from 'node:crypto';
import { TEST_MAX_FUTURE_APPOINTMENTS } from '@telemed/devstack/stack';
import { DEFAULT_MAX_FILES_PER_PATIENT } from '../subgraphs/storage/src/upload/file-settings';
import { appointmentDb, as, call, demo, weekday } from './clinical';
import { sql } from './events';

/**
 * Quotas of what a patient holds, under concurrency: future appointments
 * (appointment subgraph) and files (storage), each counted under a lock per
 * patient in the transaction that creates the row, so parallel requests
 * that go to different doctors or appointments cannot all take the last places.
 * The patient is brought near the quota with rows written straight to the
 * database (removed afterwards), then several requests race for the rest.
 */

const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }';
const HELD = `select count(*)::int as n from appointment where patient_id = $1 and starts_at > now() and status in ('SCHEDULED', 'CHECKED_IN', 'IN_PROGRESS')`;

const storageDb = <T extends object>(text: string, params: unknown[] = []) => sql<T>('storage', text, params);

describe('booking quota (MAX_FUTURE_APPOINTMENTS_PER_PATIENT)', () => {
  const patientIndex = 11;
  const patient = demo.patients[patientIndex]!;
  const fillers: string[] = [];
  const booked: string[] = [];
  afterAll(async () => {
    const ids = [...fillers, ...booked];
    await appointmentDb('delete from appointment_transition where appointment_id = any($1::uuid[])', [ids]);
    await appointmentDb('delete from appointment where id = any($1::uuid[])', [ids]);
  });

  it('lets exactly the remaining bookings through when a patient books with several doctors at once; the rest get QUOTA_EXCEEDED', async () => {
    const room = 3;
    const [{ n: held }] = await appointmentDb<{ n: number }>(HELD, [patient.id]) as [{ n: number }];
    // Far-future appointments with doctors of no one else, one an hour, so no exclusion constraint is touched.
    for (let i = 0; i < TEST_MAX_FUTURE_APPOINTMENTS - held - room; i++) fillers.push(randomUUID());
    await appointmentDb(
      `insert into appointment (id, doctor_id, patient_id, starts_at, ends_at, status, created_at, updated_at)
       select f.id, gen_random_uuid(), $2, now() + interval '170 days' + f.n * interval '1 hour',
              now() + interval '170 days' + f.n * interval '1 hour' + interval '30 minutes', 'SCHEDULED', now(), now()
       from unnest($1::uuid[]) with ordinality as f(id, n)`,
      [fillers, patient.id],
    );

    // One free slot with each of six doctors, next week, no two at the same time
    // (the doctors' calendar locks then never serialise the race; only the patient's lock can).
    const chosen: { doctorId: string; startsAt: string }[] = [];
    for (const doctor of demo.doctors.slice(0, 6)) {
      const { data } = await call<{ doctor: { availableSlots: { startsAt: string }[] } }>(
        'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
        { id: doctor.id, from: weekday(7).toISOString(), to: weekday(14).toISOString() }, as.patient(patientIndex));
      const free = data!.doctor.availableSlots.find(
        (slot) => !chosen.some((c) => Math.abs(Date.parse(c.startsAt) - Date.parse(slot.startsAt)) < 60 * 60_000));
      if (free) chosen.push({ doctorId: doctor.id, startsAt: free.startsAt });
    }
    expect(chosen.length).toBeGreaterThan(room);

    const answers = await Promise.all(
      chosen.map((slot) => call<{ bookAppointment: { id: string } }>(BOOK, { input: { ...slot, reason: 'quota race' } }, as.patient(patientIndex))),
    );
    for (const answer of answers) if (answer.data?.bookAppointment) booked.push(answer.data.bookAppointment.id);
    expect(booked).toHaveLength(room);
    const refused = answers.filter((a) => a.errors);
    expect(refused).toHaveLength(chosen.length - room);
    for (const answer of refused) {
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: TEST_MAX_FUTURE_APPOINTMENTS });
    }
    expect((await appointmentDb<{ n: number }>(HELD, [patient.id]))[0]!.n).toBe(TEST_MAX_FUTURE_APPOINTMENTS);
  });
});

describe('files per patient (STORAGE_MAX_FILES_PER_PATIENT)', () => {
  const patientIndex = 10;
  const patient = demo.patients[patientIndex]!;
  const appointments = demo.appointments.filter((a) => a.patientId === patient.id).slice(0, 5);
  const REQUEST = 'mutation($input: RequestFileUploadInput!) { requestFileUpload(input: $input) { file { id } } }';
  const owned = async () => (await storageDb<{ n: number }>('select count(*)::int as n from stored_file where owner_id = $1', [patient.id]))[0]!.n;
  const fillers: string[] = [];
  const created: string[] = [];
  afterAll(async () => {
    await storageDb('delete from stored_file where id = any($1::uuid[])', [[...fillers, ...created]]);
  });

  it('gives the patient’s last place to one of several requests for different appointments', async () => {
    expect(appointments.length).toBeGreaterThan(2);
    // The test stack leaves STORAGE_MAX_FILES_PER_PATIENT unset. Files without an appointment still count.
    for (let i = (await owned()) + 1; i < DEFAULT_MAX_FILES_PER_PATIENT; i++) fillers.push(randomUUID());
    await storageDb(
      `insert into stored_file (id, owner_id, appointment_id, filename, content_type, size, storage_key, status, created_at)
       select f, $2, null, 'filler.pdf', 'application/pdf', 1, 'files/' || f, 'READY', now() from unnest($1::uuid[]) as f`,
      [fillers, patient.id],
    );
    expect(await owned()).toBe(DEFAULT_MAX_FILES_PER_PATIENT - 1);

    const answers = await Promise.all(
      appointments.map((appointment) =>
        call<{ requestFileUpload: { file: { id: string } } }>(
          REQUEST,
          { input: { appointmentId: appointment.id, filename: 'scan.png', contentType: 'image/png', size: 100 } },
          as.patient(patientIndex),
        ),
      ),
    );
    for (const answer of answers) if (answer.data?.requestFileUpload) created.push(answer.data.requestFileUpload.file.id);
    expect(created).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: DEFAULT_MAX_FILES_PER_PATIENT, field: 'input.appointmentId' });
    }
    expect(await owned()).toBe(DEFAULT_MAX_FILES_PER_PATIENT);
  });
});
