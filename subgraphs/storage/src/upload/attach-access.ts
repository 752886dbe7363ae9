import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, requireCaller } from '@telemed/subgraph-kit/authorization';
import { ForbiddenError, NotFoundError, QuotaExceededError } from '@telemed/subgraph-kit/errors';
import { execute } from '@telemed/subgraph-kit/sql';
import type { Context } from '../context';
import { StoredFile } from '../file/file.entity';
import { careTeamOf, type CareTeam } from '../file/file.policy';
import type { FileSettings } from './file-settings';

/**
 * Whether the caller may attach a file to the appointment (its patient, its
 * doctor, an admin) and it has room for one more; the appointment's care team
 * otherwise. `field` names the argument for refusals (`input.appointmentId`).
 * The room check here fails fast; `reserveFileSlot` decides, in the transaction
 * that creates the file.
 */
export async function requireAttachAccess(ctx: Context, appointmentId: string, settings: FileSettings, field: readonly string[]): Promise<CareTeam> {
  const caller = requireCaller(ctx.caller);
  const team = await careTeamOf(ctx, appointmentId);
  if (!team) throw new NotFoundError('Appointment', appointmentId);
  const allowed = isAdmin(caller) || caller.patientId === team.patientId || (caller.doctorId !== null && caller.doctorId === team.doctorId);
  if (!allowed) throw new ForbiddenError('Only the appointment’s patient, its doctor or an admin may attach files to it');
  await assertRoom(ctx.em, appointmentId, team.patientId, settings, field);
  return team;
}

/**
 * Inside the transaction that creates a file: serialises new files of one
 * patient, then of one appointment, until it commits (always in that order,
 * so two transactions never wait on each other), then checks both counts, so
 * two requests can never both take the last place of either.
 */
export async function reserveFileSlot(
  em: EntityManager,
  appointmentId: string,
  patientId: string,
  settings: FileSettings,
  field: readonly string[],
): Promise<void> {
  await execute(em, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`patient-files:${patientId}`]);
  await execute(em, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`appointment-files:${appointmentId}`]);
  await assertRoom(em, appointmentId, patientId, settings, field);
}

async function assertRoom(em: EntityManager, appointmentId: string, patientId: string, settings: FileSettings, field: readonly string[]): Promise<void> {
  // Pending rows count: links handed out are files on their way.
  const held = await em.count(StoredFile, { appointmentId });
  if (held >= settings.maxFilesPerAppointment) {
    throw new QuotaExceededError(`An appointment holds at most ${settings.maxFilesPerAppointment} files`, settings.maxFilesPerAppointment, field);
  }
  // Every file of the patient, whichever appointment it is attached to.
  const owned = await em.count(StoredFile, { ownerId: patientId });
  if (owned >= settings.maxFilesPerPatient) {
    throw new QuotaExceededError(`A patient holds at most ${settings.maxFilesPerPatient} files`, settings.maxFilesPerPatient, field);
  }
}
