import { buildDemoDataset, weekStart } from '@telemed/demo-data/dataset';
import { demoId } from '@telemed/demo-data/ids';
import { as, ok, operation, weekday } from '../../../test/clinical';
import { fetchEntities } from '../../../test/entities';

describe('appointment entities', () => {
  const demo = buildDemoDataset();
  // The seeded fortnight (last week and this one): other tests book beyond it.
  const seededFrom = new Date(weekStart(new Date()).getTime() - 7 * 86_400_000).toISOString();
  const seededTo = new Date(weekStart(new Date()).getTime() + 7 * 86_400_000).toISOString();

  it('resolves Appointment references in one query, pointing at their doctor and patient', async () => {
    const sample = demo.appointments.slice(0, 10);
    const { entities, queries } = await fetchEntities<{ id: string; doctor: { id: string }; patient: { id: string } }>(
      'appointment', 'Appointment', sample.map((a) => a.id), 'id status doctor { id } patient { id }', 'appointment');
    expect(entities.map((e) => e?.doctor.id)).toEqual(sample.map((a) => a.doctorId));
    expect(entities.map((e) => e?.patient.id)).toEqual(sample.map((a) => a.patientId));
    expect(queries).toBe(1);
  });

  it('adds appointments to Doctor and Patient references, one query per type', async () => {
    const doctors = await fetchEntities<{ appointments: { id: string }[] }>(
      'appointment', 'Doctor', demo.doctors.map((d) => d.id), `appointments(from: "${seededFrom}", to: "${seededTo}", first: 50) { id }`, 'appointment');
    expect(doctors.entities.map((d) => d?.appointments.length)).toEqual(demo.doctors.map(() => 40));
    expect(doctors.queries).toBe(1);

    const patient = demo.patients[0]!;
    const patients = await fetchEntities<{ appointments: { id: string; startsAt: string }[] }>(
      'appointment', 'Patient', [patient.id], 'appointments { id startsAt }', 'appointment');
    const seeded = patients.entities[0]?.appointments.filter((a) => a.startsAt >= seededFrom && a.startsAt < seededTo);
    expect(seeded?.map((a) => a.id).sort()).toEqual(
      demo.appointments.filter((a) => a.patientId === patient.id).map((a) => a.id).sort());
  });
});

describe('appointment entities of the clinical core', () => {
  const demo = buildDemoDataset();

  it('resolves Consultation references for a reader in one query per table, and refuses others', async () => {
    const sample = [0, 20, 40, 60, 80].map((i) => demo.consultations[i]!);
    const readable = await fetchEntities<{ id: string; notes: { assessment: string }; vitals: unknown[] }>(
      'appointment', 'Consultation', [...sample.map((c) => c.id), demoId('consultation:none')], 'id notes { assessment } vitals { heartRateBpm }', 'consultation',
      { headers: as.admin() });
    expect(readable.entities.map((c) => c?.notes.assessment)).toEqual([...sample.map((c) => c.notes.assessment), undefined]);
    expect(readable.entities.every((c) => c === null || c.vitals.length === 1)).toBe(true);
    expect(readable.queries).toBe(1);

    await expect(fetchEntities('appointment', 'Consultation', [sample[0]!.id], 'id', undefined, { headers: {} })).rejects.toThrow('UNAUTHENTICATED');
    const otherDoctor = demo.doctors.findIndex((d) => d.id !== demo.appointments.find((a) => a.id === sample[0]!.appointmentId)!.doctorId);
    await expect(fetchEntities('appointment', 'Consultation', [sample[0]!.id], 'id', undefined, { headers: as.doctor(otherDoctor) })).rejects.toThrow('FORBIDDEN');
  });

  it('resolves WaitlistEntry references for their patient', async () => {
    const { joinWaitlist } = await ok<{ joinWaitlist: { id: string } }>(
      operation('JoinWaitlist'), { input: { doctorId: demo.doctors[5]!.id, to: weekday(20).toISOString() } }, as.patient(1));
    const { entities, queries } = await fetchEntities<{ id: string; status: string; patient: { id: string } }>(
      'appointment', 'WaitlistEntry', [joinWaitlist.id, demoId('waitlist:none')], 'id status patient { id }', 'waitlist_entry', { headers: as.patient(1) });
    expect(entities).toEqual([{ id: joinWaitlist.id, status: 'WAITING', patient: { id: demo.patients[1]!.id } }, null]);
    expect(queries).toBe(1);
    await expect(fetchEntities('appointment', 'WaitlistEntry', [joinWaitlist.id], 'id', undefined, { headers: as.patient(2) })).rejects.toThrow('FORBIDDEN');
  });

  it('computes Doctor.availableSlots from the working hours and time off in the representation (@requires)', async () => {
    const doctor = demo.doctors[5]!;
    const representation = () => ({
      workingHours: [{ dayOfWeek: 'SUNDAY', startTime: '10:00', endTime: '11:00', slotMinutes: 20 }],
      timeOff: [{ startsAt: weekday(13, '10:20').toISOString(), endsAt: weekday(13, '10:40').toISOString() }],
    });
    const { entities } = await fetchEntities<{ availableSlots: { startsAt: string }[] }>(
      'appointment', 'Doctor', [doctor.id], `availableSlots(from: "${weekday(7).toISOString()}", to: "${weekday(14).toISOString()}") { startsAt }`,
      undefined, { representation });
    expect(entities[0]!.availableSlots.map((s) => s.startsAt)).toEqual([weekday(13, '10:00').toISOString(), weekday(13, '10:40').toISOString()]);
  });
});
