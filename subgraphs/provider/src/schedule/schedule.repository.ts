import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import { Doctor } from '../doctor/doctor.entity';
import { TimeOff } from './time-off.entity';
import { WorkingHours } from './working-hours.entity';

export interface WorkingHoursBlock {
  readonly dayOfWeek: number;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly slotMinutes: number;
}

/** The doctor, locked for the rest of the transaction so calendar changes to one doctor queue up. */
export async function lockDoctor(em: EntityManager, doctorId: string): Promise<Doctor> {
  const doctor = await em.findOne(Doctor, { id: doctorId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!doctor) throw new NotFoundError('Doctor', doctorId);
  return doctor;
}

/** Replaces a doctor's weekly hours; call inside a transaction. */
export async function replaceWorkingHours(em: EntityManager, doctor: Doctor, blocks: readonly WorkingHoursBlock[]): Promise<void> {
  await em.nativeDelete(WorkingHours, { doctor: doctor.id });
  for (const block of blocks) em.create(WorkingHours, { id: crypto.randomUUID(), doctor, ...block });
  await em.flush();
}

export function addTimeOff(em: EntityManager, doctor: Doctor, period: { startsAt: Date; endsAt: Date; reason: string | null }): TimeOff {
  return em.create(TimeOff, { id: crypto.randomUUID(), doctor, ...period, createdAt: new Date() });
}
