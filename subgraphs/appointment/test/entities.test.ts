import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { fetchEntities } from '../../../test/entities';

describe('appointment entities', () => {
  const demo = buildDemoDataset();

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
      'appointment', 'Doctor', demo.doctors.map((d) => d.id), 'appointments(first: 50) { id }', 'appointment');
    expect(doctors.entities.map((d) => d?.appointments.length)).toEqual(demo.doctors.map(() => 40));
    expect(doctors.queries).toBe(1);

    const patient = demo.patients[0]!;
    const patients = await fetchEntities<{ appointments: { id: string }[] }>(
      'appointment', 'Patient', [patient.id], 'appointments { id }', 'appointment');
    expect(patients.entities[0]?.appointments.map((a) => a.id).sort()).toEqual(
      demo.appointments.filter((a) => a.patientId === patient.id).map((a) => a.id).sort());
  });
});
