import { randomBytes } from 'node:crypto';
import { as, demo, ok, weekday } from './clinical';
import { sql, waitFor } from './events';

/**
 * Free text a patient writes (a booking's reason, a cancellation's reason,
 * a file's name) never travels in an event (docs/events.md#phi-in-events).
 * Each is sent through the gateway with a marker; the outbox envelopes the
 * relay publishes are searched for it.
 */
describe('PHI stays out of events', () => {
  const doctor = demo.doctors[demo.doctors.length - 5]!;
  const patientIndex = demo.patients.length - 5;
  const asPatient = as.patient(patientIndex);
  const marker = `phi-marker-${randomBytes(6).toString('hex')}`;
  const uploaded: string[] = [];
  // The file lands on a demo appointment; other suites count that appointment's attachments.
  afterAll(() => sql('storage', 'delete from stored_file where id = any($1::uuid[])', [uploaded]));

  const envelopes = (subgraph: 'appointment' | 'storage', aggregateId: string) =>
    sql<{ type: string; text: string }>(subgraph, `select envelope->>'event_type' as type, envelope::text as text from outbox_event where aggregate_id = $1`, [aggregateId]);

  it('books and cancels with a reason: the events name neither reason', async () => {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(63).toISOString(), to: weekday(70).toISOString() },
      asPatient,
    );
    const { bookAppointment } = await ok<{ bookAppointment: { id: string; reason: string } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id reason } }',
      { input: { doctorId: doctor.id, startsAt: slots.doctor.availableSlots[0]!.startsAt, reason: `Booking ${marker}` } },
      asPatient,
    );
    // The reason is kept where it belongs.
    expect(bookAppointment.reason).toBe(`Booking ${marker}`);
    await ok('mutation($id: ID!, $reason: String) { cancelAppointment(id: $id, reason: $reason) { status } }', { id: bookAppointment.id, reason: `Cancel ${marker}` }, asPatient);

    const events = await waitFor('both events in the outbox', () => envelopes('appointment', bookAppointment.id), (rows) => rows.length >= 2);
    expect(events.map((e) => e.type).sort()).toEqual(['appointment.cancelled', 'appointment.scheduled']);
    for (const event of events) expect(event.text).not.toContain(marker);
  });

  it('uploads a file: storage.file_uploaded does not carry its name', async () => {
    const appointment = demo.appointments.find((a) => a.patientId === demo.patients[patientIndex]!.id)!;
    const { requestFileUpload } = await ok<{ requestFileUpload: { file: { id: string }; uploadUrl: string } }>(
      'mutation($input: RequestFileUploadInput!) { requestFileUpload(input: $input) { file { id } uploadUrl } }',
      { input: { appointmentId: appointment.id, filename: `${marker}.pdf`, contentType: 'application/pdf', size: 4 } },
      asPatient,
    );
    uploaded.push(requestFileUpload.file.id);
    const put = await fetch(requestFileUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': 'application/pdf' }, body: new Uint8Array(4) });
    expect(put.status).toBe(201);
    const [event] = await waitFor('the upload event', () => envelopes('storage', requestFileUpload.file.id), (rows) => rows.length >= 1);
    expect(event!.type).toBe('storage.file_uploaded');
    expect(event!.text).not.toContain(marker);
  });
});
