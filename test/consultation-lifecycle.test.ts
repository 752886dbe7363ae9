/**
 * The flow docs/consultation-lifecycle.md documents, run with the very
 * operations (and example variables) it links to, so the guide cannot drift
 * from the API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@telemed/devstack/repo-root';
import { as, demo, ok, operation, weekday } from './clinical';

const example = JSON.parse(readFileSync(join(repoRoot, 'docs/operations/DocumentConsultation.variables.json'), 'utf8')) as {
  input: { notes: Record<string, string>; prescriptions: unknown[]; referrals: unknown[] };
};

describe('the consultation lifecycle, as documented', () => {
  const patient = as.patient(3);
  const doctor = as.doctor(2);
  let doctorId: string;
  let appointmentId: string;

  it('1. finds a doctor who speaks Spanish', async () => {
    const data = await ok<{ doctorSearch: { edges: { node: { id: string; name: string; averageRating: number } }[] } }>(
      operation('SearchDoctors'), { filter: { language: 'es', text: 'general' }, first: 5 }, patient);
    expect(data.doctorSearch.edges.map((e) => e.node.name)).toEqual([demo.doctors[2]!.name]);
    doctorId = data.doctorSearch.edges[0]!.node.id;
  });

  it('2. books the first free slot next Monday', async () => {
    const slots = await ok<{ doctor: { availableSlots: { startsAt: string }[] } }>(
      operation('AvailableSlots'), { doctorId, from: weekday(7).toISOString(), to: weekday(8).toISOString() }, patient);
    const [first] = slots.doctor.availableSlots;
    const { bookAppointment } = await ok<{ bookAppointment: { id: string; status: string; startsAt: string } }>(
      operation('BookAppointment'), { input: { doctorId, startsAt: first!.startsAt, reason: 'Sore throat and fever' } }, patient);
    expect(bookAppointment).toMatchObject({ status: 'SCHEDULED', startsAt: first!.startsAt });
    appointmentId = bookAppointment.id;
  });

  it('3. checks in (patient) and starts (doctor)', async () => {
    expect((await ok<{ checkInAppointment: { status: string } }>(operation('CheckInAppointment'), { id: appointmentId }, patient)).checkInAppointment.status).toBe('CHECKED_IN');
    expect((await ok<{ startAppointment: { status: string } }>(operation('StartAppointment'), { id: appointmentId }, doctor)).startAppointment.status).toBe('IN_PROGRESS');
  });

  it('4. documents the consultation and books a follow-up', async () => {
    const { documentConsultation } = await ok<{ documentConsultation: { notes: unknown; prescriptions: unknown[]; referrals: unknown[]; vitals: { bmi: number }[] } }>(
      operation('DocumentConsultation'), { ...example, appointmentId }, doctor);
    expect(documentConsultation.notes).toEqual(example.input.notes);
    expect(documentConsultation.prescriptions).toHaveLength(2);
    expect(documentConsultation.referrals).toHaveLength(1);
    expect(documentConsultation.vitals[0]!.bmi).toBe(23);
    const { scheduleFollowUp } = await ok<{ scheduleFollowUp: { followUpOf: { id: string } } }>(
      operation('ScheduleFollowUp'), { appointmentId, input: { startsAt: weekday(14, '09:00').toISOString(), reason: 'Tonsillitis review' } }, doctor);
    expect(scheduleFollowUp.followUpOf.id).toBe(appointmentId);
  });

  it('5. completes, and the patient reads the record', async () => {
    expect((await ok<{ completeAppointment: { status: string } }>(operation('CompleteAppointment'), { id: appointmentId }, doctor)).completeAppointment.status).toBe('COMPLETED');
    const { appointment } = await ok<{ appointment: { history: { action: string }[]; consultation: { followUps: unknown[]; prescriptions: unknown[] } } }>(
      operation('ConsultationRecord'), { appointmentId }, patient);
    expect(appointment.history.map((s) => s.action)).toEqual(['BOOK', 'CHECK_IN', 'START', 'COMPLETE']);
    expect(appointment.consultation.prescriptions).toHaveLength(2);
    expect(appointment.consultation.followUps).toHaveLength(1);
  });

  it('6. the patient reviews the doctor', async () => {
    const { submitReview } = await ok<{ submitReview: { rating: number } }>(
      operation('SubmitReview'), { input: { appointmentId, rating: 5, comment: 'Clear explanation, quick prescription.' } }, patient);
    expect(submitReview.rating).toBe(5);
  });
});
