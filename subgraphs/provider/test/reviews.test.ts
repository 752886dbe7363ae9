import { as, call, demo, ok, operation, refusal } from '../../../test/clinical';
import { sqlQueryCount } from '../../../test/stack';

const REVIEW = operation('SubmitReview');
type Reviewed = { submitReview: { rating: number; comment: string | null; doctor: { name: string; averageRating: number; reviewCount: number } } };

const reviewed = new Set(demo.reviews.map((r) => r.appointmentId));
const completed = demo.appointments.filter((a) => a.status === 'COMPLETED' && !reviewed.has(a.id));
const patientIndex = (patientId: string) => demo.patients.findIndex((p) => p.id === patientId);

describe('reviews', () => {
  const appointment = completed[0]!;
  const patient = patientIndex(appointment.patientId);

  it('lets the patient of a completed appointment review its doctor once', async () => {
    const doctor = demo.doctors.find((d) => d.id === appointment.doctorId)!;
    const input = { appointmentId: appointment.id, rating: 2, comment: 'Felt rushed.' };
    const { submitReview } = await ok<Reviewed>(REVIEW, { input }, as.patient(patient));
    expect(submitReview).toMatchObject({ rating: 2, comment: 'Felt rushed.', doctor: { name: doctor.name } });
    const before = demo.reviews.filter((r) => r.doctorId === doctor.id);
    expect(submitReview.doctor.reviewCount).toBe(before.length + 1);
    const mean = [...before.map((r) => r.rating), 2].reduce((a, b) => a + b, 0) / (before.length + 1);
    expect(submitReview.doctor.averageRating).toBeCloseTo(mean, 2);

    expect(refusal(await call(REVIEW, { input }, as.patient(patient)))).toMatchObject({ code: 'CONFLICT', message: 'This appointment has already been reviewed' });
  });

  it('refuses other patients, unfinished appointments and bad ratings', async () => {
    const other = completed.find((a) => a.patientId !== appointment.patientId)!;
    expect(refusal(await call(REVIEW, { input: { appointmentId: other.id, rating: 5 } }, as.patient(patient))).code).toBe('FORBIDDEN');
    const scheduled = demo.appointments.find((a) => a.status === 'SCHEDULED')!;
    expect(refusal(await call(REVIEW, { input: { appointmentId: scheduled.id, rating: 5 } }, as.patient(patientIndex(scheduled.patientId)))).code).toBe('CONFLICT');
    expect(refusal(await call(REVIEW, { input: { appointmentId: completed[1]!.id, rating: 6 } }, as.patient(patientIndex(completed[1]!.patientId))))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rating' });
    expect(refusal(await call(REVIEW, { input: { appointmentId: completed[1]!.id, rating: 5 } }, as.doctor(0))).code).toBe('FORBIDDEN');
  });

  it('lists a doctor’s reviews newest first, one page per doctor in one query', async () => {
    const query = 'query($after: String) { doctors(first: 10) { id reviews(first: 2, after: $after) { edges { cursor node { rating createdAt } } pageInfo { hasNextPage endCursor } } } }';
    const before = await sqlQueryCount('provider', 'review');
    const { doctors } = await ok<{ doctors: { id: string; reviews: { edges: { node: { createdAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }[] }>(query);
    expect(await sqlQueryCount('provider', 'review')).toBe(before + 1);
    for (const d of doctors) {
      const dates = d.reviews.edges.map((e) => e.node.createdAt);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(d.reviews.pageInfo.hasNextPage).toBe(demo.reviews.filter((r) => r.doctorId === d.id).length > 2);
    }
  });
});
