import { buildDemoDataset, weekStart } from './dataset';
import { demoId } from './ids';

describe('demo dataset', () => {
  const now = new Date('2026-11-25T12:00:00Z'); // a Wednesday

  it('derives stable UUIDs from names', () => {
    expect(demoId('doctor:x')).toBe(demoId('doctor:x'));
    expect(demoId('doctor:x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('covers last week and this week without double booking a doctor', () => {
    const data = buildDemoDataset(now);
    expect(weekStart(now).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(data.appointments).toHaveLength(2 * 6 * 5 * 4);
    const slots = new Set(data.appointments.map((a) => `${a.doctorId}@${a.startsAt.toISOString()}`));
    expect(slots.size).toBe(data.appointments.length);
    expect(data.appointments.some((a) => a.status === 'COMPLETED')).toBe(true);
    expect(data.appointments.some((a) => a.status === 'SCHEDULED')).toBe(true);
  });

  it('books every appointment inside its doctor’s working hours and outside time off', () => {
    const data = buildDemoDataset(now);
    const minuteOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
    for (const a of data.appointments) {
      const day = ((a.startsAt.getUTCDay() + 6) % 7) + 1;
      const start = a.startsAt.getUTCHours() * 60 + a.startsAt.getUTCMinutes();
      const end = start + (a.endsAt.getTime() - a.startsAt.getTime()) / 60_000;
      const inside = data.workingHours.some(
        (h) => h.doctorId === a.doctorId && h.dayOfWeek === day && minuteOf(h.startTime) <= start && end <= minuteOf(h.endTime),
      );
      expect(inside).toBe(true);
      const away = data.timeOff.some((t) => t.doctorId === a.doctorId && t.startsAt < a.endsAt && a.startsAt < t.endsAt);
      expect(away).toBe(false);
    }
    expect(new Set(data.workingHours.map((h) => h.doctorId)).size).toBe(data.doctors.length);
  });

  it('documents completed appointments and reviews only those', () => {
    const data = buildDemoDataset(now);
    const byId = new Map(data.appointments.map((a) => [a.id, a]));
    const completed = data.appointments.filter((a) => a.status === 'COMPLETED');
    expect(data.consultations.map((c) => c.appointmentId).sort()).toEqual(completed.map((a) => a.id).sort());
    expect(data.consultations.some((c) => c.prescriptions.length > 0)).toBe(true);
    expect(data.reviews.length).toBeGreaterThan(10);
    for (const review of data.reviews) {
      const appointment = byId.get(review.appointmentId)!;
      expect(appointment.status).toBe('COMPLETED');
      expect([appointment.doctorId, appointment.patientId]).toEqual([review.doctorId, review.patientId]);
    }
  });

  it('gives every appointment a history that ends in its status', () => {
    const data = buildDemoDataset(now);
    for (const a of data.appointments) {
      const steps = data.transitions.filter((t) => t.appointmentId === a.id);
      expect(steps[0]?.action).toBe('BOOK');
      expect(steps.at(-1)?.toStatus).toBe(a.status);
    }
  });

  it('is the same for the same week', () => {
    expect(buildDemoDataset(now)).toEqual(buildDemoDataset(new Date('2026-11-25T12:00:00Z')));
  });
});
