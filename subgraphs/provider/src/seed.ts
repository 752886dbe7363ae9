import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Clinic } from './clinic/clinic.entity';
import { Doctor } from './doctor/doctor.entity';
import { Review } from './review/review.entity';
import { parseTimeOfDay } from './schedule/time-of-day';
import { TimeOff } from './schedule/time-off.entity';
import { WorkingHours } from './schedule/working-hours.entity';
import { demoId } from '@telemed/demo-data/ids';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (!(await em.count(Clinic))) seedDirectory(em, data);
  // Seeded apart, so a database from before the clinical core gets calendars too.
  if (!(await em.count(WorkingHours))) seedCalendars(em, data);
  await em.flush();
}

function seedDirectory(em: EntityManager, data: DemoDataset): void {
  for (const c of data.clinics) em.create(Clinic, { id: c.id, name: c.name, city: c.city, createdAt: new Date() });
  for (const d of data.doctors) {
    em.create(Doctor, {
      id: d.id,
      userId: d.userId,
      name: d.name,
      specialty: d.specialty,
      languages: d.languages,
      bio: d.bio,
      feeCents: d.feeCents,
      currency: 'USD',
      clinic: d.clinicId,
      createdAt: new Date(),
    });
  }
}

function seedCalendars(em: EntityManager, data: DemoDataset): void {
  for (const h of data.workingHours) {
    em.create(WorkingHours, {
      id: demoId(`working-hours:${h.doctorId}:${h.dayOfWeek}:${h.startTime}`),
      doctor: h.doctorId,
      dayOfWeek: h.dayOfWeek,
      startMinute: parseTimeOfDay(h.startTime)!,
      endMinute: parseTimeOfDay(h.endTime)!,
      slotMinutes: h.slotMinutes,
    });
  }
  for (const t of data.timeOff) {
    em.create(TimeOff, { id: t.id, doctor: t.doctorId, startsAt: t.startsAt, endsAt: t.endsAt, reason: t.reason, createdAt: new Date() });
  }
  for (const r of data.reviews) {
    em.create(Review, {
      id: r.id,
      doctor: r.doctorId,
      patientId: r.patientId,
      appointmentId: r.appointmentId,
      rating: r.rating,
      comment: r.comment,
      createdAt: r.createdAt,
    });
  }
}
