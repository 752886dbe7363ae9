import { as, demo, ok, weekday } from './clinical';
import { collect, connect, disposeClients, until, LIVE_TEST_TIMEOUT_MS, SUBSCRIBE_SETTLE_MS } from './live';

/**
 * A subscription is a read that lasts: every event it delivers that carries
 * clinical data is recorded in the audit log like an HTTP read, before it is
 * sent (docs/security.md#audit-of-subscription-reads).
 */
afterAll(disposeClients);

const AUDIT = /* GraphQL */ `
  query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) { edges { node { action entityType entityIds actorUserId viaService } } } }
`;
type Audit = { auditLog: { edges: { node: { action: string; entityType: string; entityIds: string[]; actorUserId: string; viaService: string } }[] } };

describe('audit of subscription reads', () => {
  const doctorIndex = demo.doctors.length - 3;
  const patientIndex = demo.patients.length - 3;
  const doctorHeaders = as.doctor(doctorIndex);
  const patientHeaders = as.patient(patientIndex);
  const patient = demo.patients[patientIndex]!;
  let appointmentId: string;
  let consultationId: string;
  let since: string;

  beforeAll(async () => {
    const doctor = demo.doctors[doctorIndex]!;
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(35).toISOString(), to: weekday(42).toISOString() },
      patientHeaders,
    );
    const { bookAppointment } = await ok<{ bookAppointment: { id: string } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
      { input: { doctorId: doctor.id, startsAt: slots.doctor.availableSlots[0]!.startsAt, reason: 'Audit of live reads' } },
      patientHeaders,
    );
    appointmentId = bookAppointment.id;
    await ok('mutation($id: ID!) { checkInAppointment(id: $id) { status } }', { id: appointmentId }, patientHeaders);
    const started = await ok<{ startAppointment: { consultation: { id: string } | null } }>(
      'mutation($id: ID!) { startAppointment(id: $id) { status consultation { id } } }',
      { id: appointmentId },
      doctorHeaders,
    );
    consultationId = started.startAppointment.consultation!.id;
    since = new Date().toISOString();
  }, LIVE_TEST_TIMEOUT_MS);

  it('records each event a patient receives as a READ of the consultation, one record per event', async () => {
    const stream = collect<{ consultationUpdated: { id: string; vitals: { heartRateBpm: number }[] } }>(
      connect(patientHeaders),
      'subscription($id: ID!) { consultationUpdated(appointmentId: $id) { id vitals { heartRateBpm } } }',
      { id: appointmentId },
    );
    await new Promise((r) => setTimeout(r, SUBSCRIBE_SETTLE_MS));
    for (const heartRateBpm of [71, 72, 73]) {
      await ok(
        'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { id } }',
        { id: appointmentId, input: { vitals: { heartRateBpm } } },
        doctorHeaders,
      );
    }
    // Each delivery resolves the consultation as it is when sent, so 73 can show up in the second delivery while the
    // third (already audited, since audit precedes sending) is still on its way: wait for one delivery per event.
    await until('one delivery per update', () => stream.results.length >= 3);
    expect(stream.results.at(-1)?.data?.consultationUpdated.vitals.some((v) => v.heartRateBpm === 73)).toBe(true);
    stream.unsubscribe();
    const deliveries = stream.results.filter((r) => r.data).length;
    expect(stream.results.every((r) => !r.errors)).toBe(true);

    // The patient never read the consultation over HTTP here: every record is a subscription event's.
    const reads = async () =>
      (
        await ok<Audit>(AUDIT, { filter: { actorUserId: patient.userId, entityType: 'Consultation', action: 'READ', entityId: consultationId, from: since } }, as.admin())
      ).auditLog.edges.map((e) => e.node);
    await until('the subscription reads in identity’s audit log', async () => (await reads()).length >= deliveries);
    const entries = await reads();
    // One record per delivered event, each naming only that event's record: the recorder is emptied per event, not grown.
    expect(entries).toHaveLength(deliveries);
    for (const entry of entries) expect(entry).toEqual({ action: 'READ', entityType: 'Consultation', entityIds: [consultationId], actorUserId: patient.userId, viaService: 'gateway' });
  }, LIVE_TEST_TIMEOUT_MS);
});
