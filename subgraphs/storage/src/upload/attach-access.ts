import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, requireCaller } from '@telemed/subgraph-kit/authorization';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
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
  await assertRoom(ctx.em, appointmentId, settings, field);
  return team;
}

/**
 * Inside the transaction that creates a file: serialises attachments to one
 * appointment until it commits, then checks the count, so two requests can
 * never both take the last place.
 */
export async function reserveFileSlot(em: EntityManager, appointmentId: string, settings: FileSettings, field: readonly string[]): Promise<void> {
  await execute(em, 'select pg_advisory_xact_lock(hashtextextended(?, 0))', [`appointment-files:${appointmentId}`]);
  await assertRoom(em, appointmentId, settings, field);
}

async function assertRoom(em: EntityManager, appointmentId: string, settings: FileSettings, field: readonly string[]): Promise<void> {
  // Pending rows count: links handed out are files on their way.
  const held = await em.count(StoredFile, { appointmentId });
  if (held >= settings.maxFilesPerAppointment) {
    throw new BadUserInputError(`An appointment holds at most ${settings.maxFilesPerAppointment} files`, field);
  }
}
