import { randomUUID } from 'node:crypto';
import type { AccessTokenSubject } from '@telemed/auth/access-token';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { listDeadLetters } from '@telemed/event-bus/dead-letter';
import { as, bearer } from '../../../test/auth';
import { connectTestBus, sql, testEvent, waitFor } from '../../../test/events';
import { gatewayUrl, graphql } from '../../../test/stack';
import { insertPendingPayments } from '../../payment/test/fixtures';

const demo = buildDemoDataset();

interface Delivery {
  kind: string;
  channel: string;
  status: string;
}

const deliveriesOf = (appointmentId: string) =>
  sql<Delivery>(
    'identity',
    'select kind, channel, status from scheduled_notification where appointment_id = $1 order by kind, channel',
    [appointmentId],
  );

const messagesTo = (recipient: string, since: Date) =>
  sql<{ channel: string; subject: string | null; body: string }>(
    'identity',
    'select channel, subject, body from outgoing_message where recipient = $1 and created_at >= $2 order by created_at',
    [recipient, since],
  );

/** The demo patient `patientId`, signed in as themself. */
const patientCaller = (patientId: string) => as.patient(demo.patients.findIndex((p) => p.id === patientId));

/** A patient's in-app notifications as `caller` sees them (the patient themself unless said otherwise). */
async function inApp(
  patientId: string,
  caller: AccessTokenSubject = patientCaller(patientId),
): Promise<{ kind: string; title: string; body: string; readAt: string | null }[]> {
  const { body } = await graphql<{
    patient: { notifications: { kind: string; title: string; body: string; readAt: string | null }[] };
  }>(
    gatewayUrl(),
    'query($id: ID!) { patient(id: $id) { notifications(first: 100) { kind title body readAt } } }',
    { id: patientId },
    bearer(caller),
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.patient.notifications;
}

describe('the notification worker', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  const scheduled = (patientId: string, startsAt: Date) =>
    testEvent('appointment.scheduled', {
      appointment_id: randomUUID(),
      // Not a demo doctor: analytics counts these events too, and the demo doctors' stats are asserted elsewhere.
      doctor_id: randomUUID(),
      patient_id: patientId,
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + 1_800_000).toISOString(),
    });

  it('confirms a booking by email, SMS and in-app, then reminds 24 h before it', async () => {
    const patient = demo.patients[1]!;
    const since = new Date();
    // Starts in 24 h and 3 s: the reminder falls due 3 s from now.
    const event = scheduled(patient.id, new Date(Date.now() + 24 * 3_600_000 + 3_000));
    await bus.publisher.publish(event);

    await waitFor(
      'the confirmation in the app',
      () => inApp(patient.id),
      (list) => list.some((n) => n.kind === 'APPOINTMENT_CONFIRMED'),
    );
    const confirmation = (await inApp(patient.id)).find((n) => n.kind === 'APPOINTMENT_CONFIRMED')!;
    expect(confirmation).toMatchObject({ title: 'Appointment confirmed', readAt: null });
    const sent = await waitFor(
      'email and SMS',
      () => messagesTo(patient.email, since),
      (m) => m.length >= 1,
    );
    expect(sent[0]).toMatchObject({ channel: 'EMAIL', subject: 'Appointment confirmed' });
    expect(sent[0]!.body).toMatch(new RegExp(`^Hello ${patient.name},`));
    const [sms] = await sql<{ body: string }>(
      'identity',
      "select m.body from outgoing_message m join scheduled_notification d on d.id = m.scheduled_notification_id where m.channel = 'SMS' and d.appointment_id = $1",
      [event.data.appointment_id],
    );
    expect(sms!.body).toMatch(/^Telemed: appointment confirmed for/);

    const reminders = await waitFor(
      'the reminder to be sent when due',
      () => deliveriesOf(event.data.appointment_id),
      (rows) => rows.filter((r) => r.kind === 'APPOINTMENT_REMINDER').every((r) => r.status === 'SENT'),
      15_000,
    );
    expect(reminders.map((r) => `${r.kind} ${r.channel} ${r.status}`)).toEqual([
      'APPOINTMENT_CONFIRMED EMAIL SENT',
      'APPOINTMENT_CONFIRMED IN_APP SENT',
      'APPOINTMENT_CONFIRMED SMS SENT',
      'APPOINTMENT_REMINDER EMAIL SENT',
      'APPOINTMENT_REMINDER IN_APP SENT',
      'APPOINTMENT_REMINDER SMS SENT',
    ]);
    expect((await inApp(patient.id)).some((n) => n.kind === 'APPOINTMENT_REMINDER')).toBe(true);

    // The patient themself and admins see them; their doctor (who may read the Patient) and another patient do not.
    expect((await inApp(patient.id, as.admin)).map((n) => n.kind)).toContain('APPOINTMENT_CONFIRMED');
    const careDoctor = demo.doctors.findIndex((d) => demo.appointments.some((a) => a.doctorId === d.id && a.patientId === patient.id));
    expect(await inApp(patient.id, as.doctor(careDoctor))).toEqual([]);
    const other = await graphql(
      gatewayUrl(),
      'query($id: ID!) { patient(id: $id) { notifications { kind } } }',
      { id: patient.id },
      bearer(as.patient(0)),
    );
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 30_000);

  it('calls off the reminder of a cancelled appointment and tells the patient', async () => {
    const patient = demo.patients[2]!;
    const booked = scheduled(patient.id, new Date(Date.now() + 3 * 86_400_000));
    await bus.publisher.publish(booked);
    await bus.publisher.publish(
      testEvent('appointment.cancelled', {
        appointment_id: booked.data.appointment_id,
        doctor_id: booked.data.doctor_id,
        patient_id: patient.id,
        starts_at: booked.data.starts_at,
        cancelled_by: 'DOCTOR',
        cancelled_at: new Date().toISOString(),
      }),
    );
    const rows = await waitFor(
      'the cancellation to be sent',
      () => deliveriesOf(booked.data.appointment_id),
      (r) => r.some((d) => d.kind === 'APPOINTMENT_CANCELLED' && d.status === 'SENT'),
    );
    expect(rows.filter((r) => r.kind === 'APPOINTMENT_REMINDER').map((r) => r.status)).toEqual([
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
    const notice = (await inApp(patient.id)).find((n) => n.kind === 'APPOINTMENT_CANCELLED');
    // The event carries no free-text reason (PHI), so the notice names none.
    expect(notice!.body).toContain('was cancelled.');
  });

  it('sends a receipt when a payment is captured through the gateway', async () => {
    const [payment] = await insertPendingPayments(1, 12_345);
    const patient = demo.patients.find((p) => p.id === payment!.patientId)!;
    await graphql(
      gatewayUrl(),
      'mutation($id: ID!) { capturePayment(paymentId: $id) { status } }',
      { id: payment!.id },
      bearer(as.admin),
    );
    const receipts = await waitFor(
      'the receipt',
      async () =>
        (await inApp(patient.id)).filter((n) => n.kind === 'PAYMENT_RECEIPT' && n.body.includes(payment!.id)),
      (r) => r.length === 1,
    );
    expect(receipts[0]!.body).toContain('$123.45');
  });

  it('retries an event about a patient it does not know, then files it as a dead letter', async () => {
    const event = scheduled(randomUUID(), new Date(Date.now() + 86_400_000 * 2));
    await bus.publisher.publish(event);
    const [letter] = await waitFor(
      'the dead letter',
      async () => (await listDeadLetters(bus.jsm, bus.names)).filter((l) => l.event_id === event.event_id),
      (l) => l.length === 1,
      20_000,
    );
    expect(letter).toMatchObject({ consumer: 'identity-notifications', attempts: 5 });
    expect(letter!.error).toBe(`Error: Patient ${event.data.patient_id} not found`);
  }, 30_000);
});

describe('the audit log', () => {
  let bus: Awaited<ReturnType<typeof connectTestBus>>;
  beforeAll(async () => (bus = await connectTestBus()));
  afterAll(() => bus.close());

  it('records PHI reads and changes from audit events, once each', async () => {
    const patientId = demo.patients[3]!.id;
    const actor = demo.doctors[2]!.userId;
    const accessed = testEvent(
      'audit.phi_accessed',
      {
        actor_user_id: actor,
        patient_id: patientId,
        resource_type: 'Consultation',
        resource_id: randomUUID(),
        purpose: 'treatment',
        accessed_at: new Date().toISOString(),
      },
      'corr-audit-1',
    );
    const modified = testEvent(
      'audit.phi_modified',
      {
        actor_user_id: actor,
        patient_id: patientId,
        resource_type: 'Consultation',
        resource_id: randomUUID(),
        action: 'UPDATE',
        fields: ['notes', 'vitals'],
        modified_at: new Date().toISOString(),
      },
      'corr-audit-1',
    );
    await bus.publisher.publish(accessed);
    await bus.publisher.publish(modified);
    await bus.publisher.publish(modified);
    const entries = await waitFor(
      'both entries',
      () =>
        sql<{ id: string; action: string; details: object; correlation_id: string }>(
          'identity',
          'select id, action, details, correlation_id from audit_entry where id = any($1) order by occurred_at',
          [[accessed.event_id, modified.event_id]],
        ),
      (rows) => rows.length === 2,
    );
    expect(entries.map((e) => [e.action, e.details, e.correlation_id])).toEqual([
      ['READ', { purpose: 'treatment' }, 'corr-audit-1'],
      ['UPDATE', { fields: ['notes', 'vitals'] }, 'corr-audit-1'],
    ]);
  });
});
