import { randomBytes } from 'node:crypto';
import { as, call, demo, ok, refusal } from './clinical';
import { sql, waitFor } from './events';

/** Presigned file links through the real gateway (docs/decisions/0030-file-uploads.md). */
describe('file uploads by signed link', () => {
  const patient = demo.patients[0]!;
  // Not one of the first twelve, which storage's entity test counts the demo attachments of.
  const appointment = demo.appointments.find((a, i) => i >= 12 && a.patientId === patient.id)!;
  const otherPatient = demo.patients.findIndex((p) => p.id !== patient.id && demo.appointments.some((a) => a.patientId === p.id));
  const asPatient = as.patient(0);

  const REQUEST = `mutation($input: RequestFileUploadInput!) {
    requestFileUpload(input: $input) { file { id status size } uploadUrl expiresAt }
  }`;
  type Ticket = { requestFileUpload: { file: { id: string; status: string; size: number }; uploadUrl: string; expiresAt: string } };
  const ATTACHMENTS = `query($id: ID!) { appointment(id: $id) { attachments { id filename size contentType status downloadUrl } } }`;
  type Attachments = { appointment: { attachments: { id: string; filename: string; size: number; contentType: string; status: string; downloadUrl: string | null }[] } };

  function ticket(input: Partial<{ filename: string; contentType: string; size: number; appointmentId: string }>, headers = asPatient) {
    return ok<Ticket>(REQUEST, { input: { appointmentId: appointment.id, filename: 'scan.pdf', contentType: 'application/pdf', size: 1024, ...input } }, headers);
  }

  function put(url: string, body: Uint8Array, contentType = 'application/pdf') {
    return fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body: new Uint8Array(body) });
  }

  it('stores bytes PUT on the upload link and serves them on the download link', async () => {
    const bytes = randomBytes(3000);
    const { requestFileUpload: t } = await ticket({ filename: 'lab results.pdf', size: bytes.length });
    expect(t.file).toEqual({ id: t.file.id, status: 'PENDING', size: 3000 });
    expect(new URL(t.uploadUrl).pathname).toMatch(/^\/files\/[\w-]+\.[\w-]+$/);

    // Pending: not an attachment yet.
    const before = await ok<Attachments>(ATTACHMENTS, { id: appointment.id }, asPatient);
    expect(before.appointment.attachments.map((f) => f.id)).not.toContain(t.file.id);

    const uploaded = await put(t.uploadUrl, bytes);
    expect(uploaded.status).toBe(201);

    const after = await ok<Attachments>(ATTACHMENTS, { id: appointment.id }, asPatient);
    const file = after.appointment.attachments.find((f) => f.id === t.file.id)!;
    expect(file).toMatchObject({ filename: 'lab results.pdf', size: 3000, contentType: 'application/pdf', status: 'READY' });

    const download = await fetch(file.downloadUrl!);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="lab results.pdf"/);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // The upload is an event (outbox); the download a read in the audit outbox.
    const [event] = await sql<{ envelope: { data: Record<string, unknown> } }>('storage', `select envelope from outbox_event where aggregate_id = $1`, [t.file.id]);
    expect(event?.envelope.data).toMatchObject({ file_id: t.file.id, owner_id: patient.id, appointment_id: appointment.id, size_bytes: 3000 });
    await waitFor(
      'the download in the audit outbox',
      () => sql<{ n: number }>('storage', `select count(*)::int as n from audit_outbox where action = 'READ' and $1 = any(entity_ids) and actor_user_id = $2`, [t.file.id, patient.userId]),
      (rows) => (rows[0]?.n ?? 0) >= 1,
    );

    // A link uploads once.
    expect((await put(t.uploadUrl, bytes)).status).toBe(409);
  });

  it('lets the appointment’s doctor attach a file owned by the patient', async () => {
    const doctor = demo.doctors.findIndex((d) => d.id === appointment.doctorId);
    const { requestFileUpload: t } = await ticket({ filename: 'referral.txt', contentType: 'text/plain', size: 5 }, as.doctor(doctor));
    expect((await put(t.uploadUrl, Buffer.from('hello'), 'text/plain')).status).toBe(201);
    const [row] = await sql<{ owner_id: string; status: string }>('storage', 'select owner_id, status from stored_file where id = $1', [t.file.id]);
    expect(row).toEqual({ owner_id: patient.id, status: 'READY' });
  });

  it('refuses a tampered or expired link with 403', async () => {
    const { requestFileUpload: t } = await ticket({ size: 4 });
    const url = new URL(t.uploadUrl);
    const [body, mac] = url.pathname.slice('/files/'.length).split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>;
    const forged = (changes: Record<string, unknown>) =>
      new URL(`/files/${Buffer.from(JSON.stringify({ ...payload, ...changes })).toString('base64url')}.${mac}`, url).toString();
    expect((await put(forged({ e: Math.floor(Date.now() / 1000) + 86_400 }), Buffer.alloc(4))).status).toBe(403);
    expect((await put(forged({ e: Math.floor(Date.now() / 1000) - 1 }), Buffer.alloc(4))).status).toBe(403);
    expect((await put(`${t.uploadUrl.slice(0, -2)}xx`, Buffer.alloc(4))).status).toBe(403);
    // An upload link does not download.
    expect((await fetch(t.uploadUrl)).status).toBe(403);
    const [row] = await sql<{ status: string }>('storage', 'select status from stored_file where id = $1', [t.file.id]);
    expect(row?.status).toBe('PENDING');
  });

  it('refuses a body larger than declared with 413 and stores nothing', async () => {
    const { requestFileUpload: t } = await ticket({ size: 10 });
    expect((await put(t.uploadUrl, randomBytes(2048))).status).toBe(413);
    // Streamed without a length: cut off while it arrives.
    const streamed = await fetch(t.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(randomBytes(8));
          controller.enqueue(randomBytes(8));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const [row] = await sql<{ status: string }>('storage', 'select status from stored_file where id = $1', [t.file.id]);
    expect(row?.status).toBe('PENDING');
    const listed = await ok<Attachments>(ATTACHMENTS, { id: appointment.id }, asPatient);
    expect(listed.appointment.attachments.map((f) => f.id)).not.toContain(t.file.id);
    // The link still works for the right bytes.
    expect((await put(t.uploadUrl, randomBytes(10))).status).toBe(201);
  });

  it('refuses an upload sent as another content type than declared (415)', async () => {
    const { requestFileUpload: t } = await ticket({ size: 4 });
    expect((await put(t.uploadUrl, Buffer.alloc(4), 'text/html')).status).toBe(415);
  });

  it('refuses a content type not allowed or a size over the limit, naming the field', async () => {
    const input = { appointmentId: appointment.id, filename: 'x', contentType: 'application/pdf', size: 10 };
    expect(refusal(await call(REQUEST, { input: { ...input, contentType: 'text/html' } }, asPatient))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentType' });
    expect(refusal(await call(REQUEST, { input: { ...input, size: 20 * 1024 * 1024 + 1 } }, asPatient))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.size' });
    expect(refusal(await call(REQUEST, { input: { ...input, filename: '../etc/passwd' } }, asPatient))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.filename' });
  });

  it('refuses another patient’s upload to this appointment', async () => {
    const body = await call(REQUEST, { input: { appointmentId: appointment.id, filename: 'x.pdf', contentType: 'application/pdf', size: 10 } }, as.patient(otherPatient));
    expect(refusal(body).code).toBe('FORBIDDEN');
  });
});
