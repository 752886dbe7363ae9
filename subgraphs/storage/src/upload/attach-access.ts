import { isAdmin, requireCaller } from '@telemed/subgraph-kit/authorization';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import type { Context } from '../context';
import { StoredFile } from '../file/file.entity';
import { careTeamOf, type CareTeam } from '../file/file.policy';
import type { FileSettings } from './file-settings';

/**
 * Whether the caller may attach a file to the appointment (its patient, its
 * doctor, an admin) and it has room for one more; the appointment's care team
 * otherwise. `field` names the argument for refusals (`input.appointmentId`).
 */
export async function requireAttachAccess(ctx: Context, appointmentId: string, settings: FileSettings, field: readonly string[]): Promise<CareTeam> {
  const caller = requireCaller(ctx.caller);
  const team = await careTeamOf(ctx, appointmentId);
  if (!team) throw new NotFoundError('Appointment', appointmentId);
  const allowed = isAdmin(caller) || caller.patientId === team.patientId || (caller.doctorId !== null && caller.doctorId === team.doctorId);
  if (!allowed) throw new ForbiddenError('Only the appointment’s patient, its doctor or an admin may attach files to it');
  // Pending rows count: links handed out are files on their way.
  const held = await ctx.em.count(StoredFile, { appointmentId });
  if (held >= settings.maxFilesPerAppointment) {
    throw new BadUserInputError(`An appointment holds at most ${settings.maxFilesPerAppointment} files`, field);
  }
  return team;
}
