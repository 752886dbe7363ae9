import pg from 'pg';
import { databaseUrlFor } from '@telemed/subgraph-kit/env';
import { as, call, demo, ok } from '../../../test/clinical';
import { sql } from '../../../test/events';
import { DEFAULT_MAX_FILES_PER_APPOINTMENT } from '../src/upload/file-settings';

/**
 * The per-appointment file limit holds under concurrency: files are created
 * under an advisory lock per appointment, so the count a request checks
 * cannot change before it commits.
 */
describe('attachment limit', () => {
  const patientIndex = 2;
  const patient = demo.patients[patientIndex]!;
  // Past the first twelve appointments, which storage's entity test counts the attachments of.
  const appointment = demo.appointments.find((a, i) => i >= 12 && a.patientId === patient.id)!;
  // The test stack leaves STORAGE_MAX_FILES_PER_APPOINTMENT unset.
  const maxFilesPerAppointment = DEFAULT_MAX_FILES_PER_APPOINTMENT;
  const REQUEST = 'mutation($input: RequestFileUploadInput!) { requestFileUpload(input: $input) { file { id } } }';
  const input = { appointmentId: appointment.id, filename: 'page.png', contentType: 'image/png', size: 100 };
  const count = async () =>
    Number((await sql<{ n: string }>('storage', 'select count(*) as n from stored_file where appointment_id = $1', [appointment.id]))[0]!.n);

  it('creates an appointment’s files one at a time: a request waits while another holds the appointment', async () => {
    const holder = new pg.Client({ connectionString: databaseUrlFor(process.env.DATABASE_URL!, `${process.env.DATABASE_PREFIX}_storage`) });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock(hashtextextended($1, 0))', [`appointment-files:${appointment.id}`]);
      let settled = false;
      const request = call(REQUEST, { input }, as.patient(patientIndex)).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 700));
      expect(settled).toBe(false);
      await holder.query('select pg_advisory_unlock(hashtextextended($1, 0))', [`appointment-files:${appointment.id}`]);
      expect((await request).errors).toBeUndefined();
    } finally {
      await holder.end();
    }
  });

  it('gives the last place to one of several simultaneous requests', async () => {
    for (let held = await count(); held < maxFilesPerAppointment - 1; held++) await ok(REQUEST, { input }, as.patient(patientIndex));
    const answers = await Promise.all(Array.from({ length: 8 }, () => call(REQUEST, { input }, as.patient(patientIndex))));
    const refused = answers.filter((a) => a.errors);
    expect(answers.length - refused.length).toBe(1);
    expect(refused[0]!.errors![0]).toMatchObject({ extensions: { code: 'QUOTA_EXCEEDED', limit: maxFilesPerAppointment, field: 'input.appointmentId' } });
    expect(await count()).toBe(maxFilesPerAppointment);
  });
});
