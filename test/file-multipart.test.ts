import { randomBytes } from 'node:crypto';
import { as, demo, ok } from './clinical';
import { sql } from './events';
import { gatewayUrl, type GraphQLBody } from './stack';

/** GraphQL multipart uploads (`uploadFile`) through the real gateway, forwarded to storage as multipart. */
describe('file uploads in GraphQL multipart requests', () => {
  const patient = demo.patients[0]!;
  // Not one of the first twelve, which storage's entity test counts the demo attachments of.
  const appointment = demo.appointments.find((a, i) => i >= 12 && a.patientId === patient.id)!;
  const otherPatient = demo.patients.findIndex((p) => p.id !== patient.id && demo.appointments.some((a) => a.patientId === p.id));
  const UPLOAD = 'mutation($appointmentId: ID!, $file: Upload!) { uploadFile(appointmentId: $appointmentId, file: $file) { id filename size contentType status downloadUrl } }';
  type Uploaded = { uploadFile: { id: string; filename: string; size: number; contentType: string; status: string; downloadUrl: string } };

  async function upload(bytes: Uint8Array, type: string, filename: string, headers: Record<string, string>) {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: UPLOAD, variables: { appointmentId: appointment.id, file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(bytes)], { type }), filename);
    const response = await fetch(gatewayUrl(), { method: 'POST', headers, body: form });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as GraphQLBody<Uploaded> };
  }

  const preflighted = (headers: Record<string, string>) => ({ ...headers, 'apollo-require-preflight': 'true' });

  it('stores the file and serves the same bytes back', async () => {
    const bytes = randomBytes(5000);
    const { status, body } = await upload(bytes, 'image/png', 'wound.png', preflighted(as.patient(0)));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const file = body.data!.uploadFile;
    expect(file).toMatchObject({ filename: 'wound.png', size: 5000, contentType: 'image/png', status: 'READY' });
    const download = await fetch(file.downloadUrl);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    const listed = await ok<{ appointment: { attachments: { id: string }[] } }>('query($id: ID!) { appointment(id: $id) { attachments { id } } }', { id: appointment.id }, as.patient(0));
    expect(listed.appointment.attachments.map((f) => f.id)).toContain(file.id);
    const [event] = await sql<{ n: number }>('storage', 'select count(*)::int as n from outbox_event where aggregate_id = $1', [file.id]);
    expect(event?.n).toBe(1);
  });

  it('refuses a multipart request without the preflight header (CSRF)', async () => {
    const { status } = await upload(randomBytes(10), 'application/pdf', 'x.pdf', as.patient(0));
    expect(status).toBe(400);
  });

  it('refuses a content type not allowed, naming the field, and stores nothing', async () => {
    const before = await sql<{ n: number }>('storage', 'select count(*)::int as n from stored_file where appointment_id = $1', [appointment.id]);
    const { body } = await upload(Buffer.from('<script>'), 'text/html', 'x.html', preflighted(as.patient(0)));
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file.mimetype' });
    const after = await sql<{ n: number }>('storage', 'select count(*)::int as n from stored_file where appointment_id = $1', [appointment.id]);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('refuses a file over the size limit', async () => {
    const { body } = await upload(Buffer.alloc(20 * 1024 * 1024 + 1), 'application/pdf', 'big.pdf', preflighted(as.patient(0)));
    expect(body.data?.uploadFile ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('refuses another patient', async () => {
    const { body } = await upload(randomBytes(10), 'application/pdf', 'x.pdf', preflighted(as.patient(otherPatient)));
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
