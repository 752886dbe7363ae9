import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { Appointment } from './appointment/appointment.entity';
import { AppointmentTransition } from './appointment/appointment-transition.entity';
import { Consultation } from './consultation/consultation.entity';
import { NoteRevision } from './consultation/note-revision.entity';
import { Prescription } from './consultation/prescription.entity';
import { VitalSigns } from './consultation/vital-signs.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(Appointment)) return;
  const doctorOf = new Map(data.doctors.map((d) => [d.id, d]));
  const byId = new Map<string, Appointment>();
  for (const a of data.appointments) {
    const appointment = em.create(Appointment, {
      id: a.id,
      doctorId: a.doctorId,
      patientId: a.patientId,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      reason: a.reason,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    byId.set(a.id, appointment);
  }
  for (const t of data.transitions) {
    em.create(AppointmentTransition, {
      id: t.id,
      appointment: byId.get(t.appointmentId)!,
      action: t.action,
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      actorUserId: t.actorUserId,
      actorRole: t.actorRole,
      occurredAt: t.occurredAt,
      note: t.note,
    });
  }
  for (const c of data.consultations) {
    const appointment = byId.get(c.appointmentId)!;
    const doctor = doctorOf.get(appointment.doctorId)!;
    const consultation = em.create(Consultation, { id: c.id, appointment, ...c.notes, startedAt: c.startedAt, updatedAt: c.completedAt });
    // The notes' history starts with what the doctor wrote.
    em.create(NoteRevision, { id: crypto.randomUUID(), consultation, revision: 1, kind: 'EDIT', ...c.notes, addendum: null, authorUserId: doctor.userId, recordedAt: c.completedAt });
    const { id: vitalsId, ...vitals } = c.vitals;
    em.create(VitalSigns, { id: vitalsId, consultation, recordedAt: new Date(c.startedAt.getTime() + 5 * 60_000), recordedBy: doctor.userId, ...vitals });
    for (const p of c.prescriptions) {
      em.create(Prescription, { ...p, consultation, prescribedAt: new Date(c.completedAt.getTime() - 2 * 60_000), prescribedBy: doctor.id });
    }
  }
  await em.flush();
}
