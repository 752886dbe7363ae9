import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { gql, lastMailTo, login, tokenIn, uniqueEmail } from './accounts';
import { as, bearer } from './auth';
import { fetchEntities } from './entities';
import { gatewayUrl, graphql } from './stack';

/** Patient A (demo patient 0) against another patient B's records, on every path. */
describe('ownership rules', () => {
  const demo = buildDemoDataset();
  const a = demo.patients[0]!;
  // Another patient who has an appointment, a payment and a file.
  const b = demo.patients.find((p) => p.id !== a.id && demo.files.some((f) => f.ownerId === p.id))!;
  const patientA = as.patient(0);
  const asA = bearer(patientA);
  const appointmentOfB = demo.appointments.find((x) => x.patientId === b.id)!;
  const paymentOfB = demo.payments.find((x) => x.patientId === b.id)!;
  const fileOfB = demo.files.find((x) => x.ownerId === b.id)!;
  const appointmentOfA = demo.appointments.find((x) => x.patientId === a.id)!;

  it('refuses B’s appointment, payment and file through root fields', async () => {
    for (const [query, id, path] of [
      ['query($id: ID!) { appointment(id: $id) { id reason } }', appointmentOfB.id, 'appointment'],
      ['query($id: ID!) { payment(id: $id) { id amount } }', paymentOfB.id, 'payment'],
      ['query($id: ID!) { file(id: $id) { id filename } }', fileOfB.id, 'file'],
    ] as const) {
      const { body } = await graphql(gatewayUrl(), query, { id }, asA);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]).toMatchObject({ path: [path], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('lists only A’s own appointments, and shows A’s own appointment in full', async () => {
    const list = await graphql<{ appointments: { id: string; patient: { id: string } }[] }>(
      gatewayUrl(), '{ appointments(first: 100) { id patient { id } } }', undefined, asA);
    expect(list.body.errors).toBeUndefined();
    // Every seeded appointment of A's, and nothing of anyone else's (other tests may book more for A).
    const mine = demo.appointments.filter((x) => x.patientId === a.id);
    expect(list.body.data!.appointments.map((x) => x.id)).toEqual(expect.arrayContaining(mine.map((x) => x.id)));
    expect(list.body.data!.appointments.filter((x) => x.patient.id !== a.id)).toEqual([]);
    const own = await graphql<{ appointment: { id: string; payment: { amount: number } | null } }>(
      gatewayUrl(), 'query($id: ID!) { appointment(id: $id) { id payment { amount } attachments { id } } }', { id: appointmentOfA.id }, asA);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.appointment.id).toBe(appointmentOfA.id);
  });

  it('filters nested lists: a doctor’s appointments show A only A’s, B’s record is refused', async () => {
    const doctorId = appointmentOfB.doctorId;
    const nested = await graphql<{ doctor: { appointments: { id: string; patient: { id: string } }[] } }>(
      gatewayUrl(), 'query($id: ID!) { doctor(id: $id) { appointments(first: 50) { id patient { id } } } }', { id: doctorId }, asA);
    expect(nested.body.errors).toBeUndefined();
    const visible = nested.body.data!.doctor.appointments;
    expect(visible.map((x) => x.id)).not.toContain(appointmentOfB.id);
    for (const x of visible) expect(x.patient.id).toBe(a.id);

    const other = await graphql<{ patient: unknown }>(gatewayUrl(), 'query($id: ID!) { patient(id: $id) { name appointments { id } } }', { id: b.id }, asA);
    expect(other.body.data).toBeNull();
    expect(other.body.errors?.[0]).toMatchObject({ path: ['patient'], extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses B’s records to A in _entities, in every owning subgraph', async () => {
    for (const [subgraph, typename, id] of [
      ['appointment', 'Appointment', appointmentOfB.id],
      ['payment', 'Payment', paymentOfB.id],
      ['storage', 'File', fileOfB.id],
      ['identity', 'Patient', b.id],
    ] as const) {
      const { entities, errors } = await fetchEntities(subgraph, typename, [id], 'id', undefined, { caller: patientA });
      expect({ typename, entities }).toEqual({ typename, entities: [null] });
      expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Nested through an entity another subgraph owns: B's appointment's payment and attachments.
    const payment = await fetchEntities<{ payment: unknown }>('payment', 'Appointment', [appointmentOfB.id], 'payment { id }', undefined, { caller: patientA });
    expect(payment.entities[0]?.payment ?? null).toBeNull();
    expect(payment.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const files = await fetchEntities<{ attachments: unknown[] }>('storage', 'Appointment', [fileOfB.appointmentId], 'attachments { id }', undefined, { caller: patientA });
    expect(files.entities[0]?.attachments).toEqual([]);
  });

  it('lets a doctor see their own patients’ files and appointments, not another doctor’s', async () => {
    const doctor = demo.doctors[0]!;
    const asDoctor = bearer(as.doctor(0));
    const ownFile = demo.files.find((f) => demo.appointments.find((x) => x.id === f.appointmentId)!.doctorId === doctor.id)!;
    const otherFile = demo.files.find((f) => demo.appointments.find((x) => x.id === f.appointmentId)!.doctorId !== doctor.id)!;
    const mine = await graphql<{ file: { id: string } }>(gatewayUrl(), 'query($id: ID!) { file(id: $id) { id } }', { id: ownFile.id }, asDoctor);
    expect(mine.body.errors).toBeUndefined();
    const theirs = await graphql(gatewayUrl(), 'query($id: ID!) { file(id: $id) { id } }', { id: otherFile.id }, asDoctor);
    expect(theirs.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // All of the doctor's seeded appointments and nobody else's (other tests may book more with this doctor).
    const list = await graphql<{ appointments: { id: string; doctor: { id: string } }[] }>(
      gatewayUrl(), '{ appointments(first: 100) { id doctor { id } } }', undefined, asDoctor);
    const listed = list.body.data!.appointments;
    expect(listed.map((x) => x.id)).toEqual(expect.arrayContaining(demo.appointments.filter((x) => x.doctorId === doctor.id).map((x) => x.id)));
    expect(listed.filter((x) => x.doctor.id !== doctor.id)).toEqual([]);
  });

  it('records every read of an appointment in the audit log with who, what and the correlation ID', async () => {
    const correlationId = `audit-${Date.now()}`;
    await graphql(gatewayUrl(), 'query($id: ID!) { appointment(id: $id) { id } }', { id: appointmentOfA.id }, { ...asA, 'x-correlation-id': correlationId });
    type Log = { auditLog: { edges: { node: { actorUserId: string; action: string; entityType: string; entityIds: string[]; source: string; viaService: string } }[] } };
    let entries: Log['auditLog']['edges'] = [];
    // The relay delivers within ~100 ms on the test stack; allow for a slow machine.
    for (let i = 0; i < 100 && !entries.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { body } = await graphql<Log>(
        gatewayUrl(),
        'query($c: String!) { auditLog(filter: { correlationId: $c }) { edges { node { actorUserId action entityType entityIds source viaService } } } }',
        { c: correlationId },
        bearer(as.admin),
      );
      entries = body.data?.auditLog.edges ?? [];
    }
    expect(entries.map((e) => e.node)).toEqual([
      { actorUserId: a.userId, action: 'READ', entityType: 'Appointment', entityIds: [appointmentOfA.id], source: 'appointment', viaService: 'gateway' },
    ]);
    const forbidden = await graphql(gatewayUrl(), '{ auditLog { edges { cursor } } }', undefined, asA);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 30_000);

  describe('a doctor and patients', () => {
    const doctorIndex = 0;
    const doctor = demo.doctors[doctorIndex]!;
    const asDoctor = bearer(as.doctor(doctorIndex));
    const readPatient = (id: string) => graphql<{ patient: { id: string; name: string } }>(gatewayUrl(), 'query($id: ID!) { patient(id: $id) { id name } }', { id }, asDoctor);
    // The demo doctors have seen every demo patient: a stranger must be new.
    let newcomer: { id: string; accessToken: string };

    beforeAll(async () => {
      const email = uniqueEmail('care-team');
      const password = 'Newcomer-Passw0rd!';
      await gql('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', { input: { email, password, name: 'Nia Newcomer', dateOfBirth: '1994-02-03' } });
      await gql('mutation($t: String!) { verifyEmail(token: $t) }', { t: tokenIn(await lastMailTo(email), 'Verification') });
      const { accessToken } = (await login(email, password)).body.data!.login.session!;
      const me = await gql<{ me: { patient: { id: string } } }>('{ me { patient { id } } }', undefined, accessToken);
      newcomer = { id: me.body.data!.me.patient.id, accessToken };
    });

    it('reads the patients they care for and no one else', async () => {
      const own = demo.patients.find((p) => demo.appointments.some((x) => x.doctorId === doctor.id && x.patientId === p.id))!;
      const allowed = await readPatient(own.id);
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data!.patient).toEqual({ id: own.id, name: own.name });
      const refused = await readPatient(newcomer.id);
      expect(refused.body.errors?.[0]).toMatchObject({ path: ['patient'], extensions: { code: 'FORBIDDEN' } });
      // Nor through the entity path the gateway uses for Appointment.patient.
      const entity = await fetchEntities('identity', 'Patient', [newcomer.id], 'id name', undefined, { caller: as.doctor(doctorIndex) });
      expect(entity.errors[0]?.extensions?.code).toBe('FORBIDDEN');
      // And lists hold only their own patients, filtered before paging.
      const listed = await graphql<{ patients: { id: string }[] }>(gatewayUrl(), '{ patients(first: 100) { id } }', undefined, asDoctor);
      const mine = new Set(demo.appointments.filter((x) => x.doctorId === doctor.id).map((x) => x.patientId));
      const ids = listed.body.data!.patients.map((p) => p.id);
      // Other suites may book more patients with this doctor; never one who has not booked.
      expect(ids).toEqual(expect.arrayContaining([...mine]));
      expect(ids).not.toContain(newcomer.id);
    });

    it('reads a new patient once the patient books with them', async () => {
      const from = new Date(Date.now() + 42 * 86_400_000);
      const slots = await gql<{ doctor: { availableSlots: { startsAt: string }[] } }>(
        'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
        { id: doctor.id, from: from.toISOString(), to: new Date(from.getTime() + 7 * 86_400_000).toISOString() },
        newcomer.accessToken,
      );
      const booked = await gql<{ bookAppointment: { id: string } }>(
        'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
        { input: { doctorId: doctor.id, startsAt: slots.body.data!.doctor.availableSlots.at(-1)!.startsAt, reason: 'First visit' } },
        newcomer.accessToken,
      );
      expect(booked.body.errors).toBeUndefined();
      // identity learns of the booking from appointment.scheduled: eventually, within moments.
      const deadline = Date.now() + 15_000;
      let seen = await readPatient(newcomer.id);
      while (seen.body.errors && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await readPatient(newcomer.id);
      }
      expect(seen.body.data?.patient).toEqual({ id: newcomer.id, name: 'Nia Newcomer' });
      const listed = await graphql<{ patients: { id: string }[] }>(gatewayUrl(), '{ patients(first: 100) { id } }', undefined, asDoctor);
      expect(listed.body.data!.patients.map((p) => p.id)).toContain(newcomer.id);
    });
  });
});
