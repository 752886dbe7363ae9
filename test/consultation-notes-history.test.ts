import { as, call, demo, ok, refusal, weekday } from './clinical';

/**
 * Consultation notes lose nothing: every edit is kept as a revision, and a
 * completed consultation takes addenda only (docs/security.md#clinical-notes-history).
 */
describe('consultation notes history', () => {
  const doctorIndex = demo.doctors.length - 6;
  const doctor = demo.doctors[doctorIndex]!;
  const asDoctor = as.doctor(doctorIndex);
  const patientIndex = demo.patients.length - 6;
  const asPatient = as.patient(patientIndex);
  const otherDoctor = as.doctor(demo.doctors.length - 1 === doctorIndex ? 0 : demo.doctors.length - 1);
  let appointmentId: string;

  const DOCUMENT = 'mutation($id: ID!, $input: ConsultationInput!) { documentConsultation(appointmentId: $id, input: $input) { notes { subjective plan } } }';
  const HISTORY = `query($id: ID!) { appointment(id: $id) { consultation {
    notes { subjective plan }
    noteRevisions { revision kind notes { subjective plan } addendum authorUserId recordedAt }
  } } }`;
  type Revision = { revision: number; kind: string; notes: { subjective: string | null; plan: string | null }; addendum: string | null; authorUserId: string | null };
  type History = { appointment: { consultation: { notes: { subjective: string | null; plan: string | null }; noteRevisions: Revision[] } } };
  const history = async (headers = asDoctor) => (await ok<History>(HISTORY, { id: appointmentId }, headers)).appointment.consultation;
  const document = (input: Record<string, unknown>, headers = asDoctor) => call(DOCUMENT, { id: appointmentId, input }, headers);

  beforeAll(async () => {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!) { doctor(id: $id) { availableSlots(from: $from, to: $to) { startsAt } } }',
      { id: doctor.id, from: weekday(77).toISOString(), to: weekday(84).toISOString() },
      asPatient,
    );
    appointmentId = (
      await ok<{ bookAppointment: { id: string } }>(
        'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }',
        { input: { doctorId: doctor.id, startsAt: slots.doctor.availableSlots[0]!.startsAt } },
        asPatient,
      )
    ).bookAppointment.id;
    await ok('mutation($id: ID!) { checkInAppointment(id: $id) { status } }', { id: appointmentId }, asPatient);
    await ok('mutation($id: ID!) { startAppointment(id: $id) { status } }', { id: appointmentId }, asDoctor);
  });

  it('keeps every version of the notes while the consultation is open', async () => {
    expect((await history()).noteRevisions).toEqual([]);
    expect((await document({ notes: { subjective: 'Cough for two weeks', plan: 'Chest X-ray' } })).errors).toBeUndefined();
    expect((await document({ notes: { subjective: 'Cough for three weeks, night sweats' } })).errors).toBeUndefined();
    // Vitals alone are not a revision of the notes; nor is writing the same words again.
    expect((await document({ vitals: { heartRateBpm: 80 } })).errors).toBeUndefined();
    expect((await document({ notes: { plan: 'Chest X-ray' } })).errors).toBeUndefined();

    const { notes, noteRevisions } = await history();
    expect(notes).toEqual({ subjective: 'Cough for three weeks, night sweats', plan: 'Chest X-ray' });
    expect(noteRevisions.map(({ revision, kind, notes: n, addendum, authorUserId }) => ({ revision, kind, notes: n, addendum, authorUserId }))).toEqual([
      { revision: 1, kind: 'EDIT', notes: { subjective: 'Cough for two weeks', plan: 'Chest X-ray' }, addendum: null, authorUserId: doctor.userId },
      { revision: 2, kind: 'EDIT', notes: { subjective: 'Cough for three weeks, night sweats', plan: 'Chest X-ray' }, addendum: null, authorUserId: doctor.userId },
    ]);
  });

  it('numbers concurrent edits one after another, losing none', async () => {
    const before = (await history()).noteRevisions.length;
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => document({ notes: { plan: `Plan variant ${i}` } })));
    expect(results.every((r) => !r.errors)).toBe(true);
    const revisions = (await history()).noteRevisions;
    expect(revisions.map((r) => r.revision)).toEqual(Array.from({ length: before + 5 }, (_, i) => i + 1));
    expect(new Set(revisions.slice(before).map((r) => r.notes.plan))).toEqual(new Set([0, 1, 2, 3, 4].map((i) => `Plan variant ${i}`)));
  });

  it('shows the history to the patient and admins, not to another doctor', async () => {
    const mine = (await history()).noteRevisions.length;
    expect((await history(asPatient)).noteRevisions).toHaveLength(mine);
    expect((await history(as.admin())).noteRevisions).toHaveLength(mine);
    expect(refusal(await call(HISTORY, { id: appointmentId }, otherDoctor)).code).toBe('FORBIDDEN');
  });

  it('takes addenda only once completed: rewriting the notes is refused and changes nothing', async () => {
    await ok('mutation($id: ID!) { completeAppointment(id: $id) { status } }', { id: appointmentId }, asDoctor);
    const before = await history();
    const rewrite = await document({ notes: { subjective: 'Never had a cough' } });
    expect(refusal(rewrite)).toMatchObject({ code: 'CONFLICT', field: 'input.notes' });
    // All or nothing: vitals sent with the refused rewrite are not stored either.
    expect(refusal(await document({ notes: { plan: 'x' }, vitals: { heartRateBpm: 190 } })).code).toBe('CONFLICT');
    expect(await history()).toEqual(before);

    expect(refusal(await document({ addendum: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.addendum' });
    expect(refusal(await document({ addendum: 'x'.repeat(10_001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.addendum' });
    expect(refusal(await document({ addendum: 'Patient called: fever gone' }, asPatient)).code).toBe('FORBIDDEN');

    expect((await document({ addendum: 'X-ray clear; TB test negative' })).errors).toBeUndefined();
    const after = await history();
    expect(after.notes).toEqual(before.notes);
    expect(after.noteRevisions).toHaveLength(before.noteRevisions.length + 1);
    expect(after.noteRevisions.at(-1)).toMatchObject({ kind: 'ADDENDUM', addendum: 'X-ray clear; TB test negative', notes: before.notes, authorUserId: doctor.userId });
  });
});
