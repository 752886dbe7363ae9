import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isAdmin, requireCaller } from '@telemed/subgraph-kit/authorization';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import type { Context } from '../context';
import { StoredFile } from '../file/file.entity';
import { careTeamOf } from '../file/file.policy';
import type { RequestFileUploadInput } from '../__generated__/resolvers-types';
import { signFileLink } from './file-token';
import { ALLOWED_CONTENT_TYPES, UPLOAD_LINK_SECONDS, type FileSettings } from './file-settings';
import type { FileUploadTicketModel } from './file-upload-ticket';

function inputSchema(settings: FileSettings) {
  return z.object({
    appointmentId: z.uuid('Not a valid id'),
    filename: z
      .string()
      .trim()
      .min(1, 'A file needs a name')
      .max(255, 'At most 255 characters')
      // A name is shown and offered as the download's name, never used as a path.
      // eslint-disable-next-line no-control-regex
      .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'No slashes or control characters'),
    contentType: z.enum(ALLOWED_CONTENT_TYPES, `Must be one of ${ALLOWED_CONTENT_TYPES.join(', ')}`),
    size: z.int().min(1, 'An empty file is not stored').max(settings.maxFileBytes, `At most ${settings.maxFileBytes} bytes`),
  });
}

/**
 * Declares a file on an appointment: checks who asks (the appointment's
 * patient, its doctor, an admin), what (type, size) and how many the
 * appointment already holds, stores a PENDING row owned by the patient and
 * returns a signed PUT link at the gateway.
 */
export async function requestFileUpload(raw: RequestFileUploadInput, ctx: Context, settings: FileSettings): Promise<FileUploadTicketModel> {
  const caller = requireCaller(ctx.caller);
  const input = parseInput(inputSchema(settings), raw, 'input');
  const team = await careTeamOf(ctx, input.appointmentId);
  if (!team) throw new NotFoundError('Appointment', input.appointmentId);
  const allowed = isAdmin(caller) || caller.patientId === team.patientId || (caller.doctorId !== null && caller.doctorId === team.doctorId);
  if (!allowed) throw new ForbiddenError('Only the appointment’s patient, its doctor or an admin may attach files to it');

  // Pending rows count: links handed out are files on their way.
  const held = await ctx.em.count(StoredFile, { appointmentId: input.appointmentId });
  if (held >= settings.maxFilesPerAppointment) {
    throw new BadUserInputError(`An appointment holds at most ${settings.maxFilesPerAppointment} files`, ['input', 'appointmentId']);
  }

  const id = randomUUID();
  const file = ctx.em.create(StoredFile, {
    id,
    ownerId: team.patientId,
    appointmentId: input.appointmentId,
    filename: input.filename,
    contentType: input.contentType,
    size: input.size,
    storageKey: `files/${id}`,
    status: 'PENDING',
    createdAt: new Date(),
  });
  ctx.audit.recordChange(ctx.em, 'CREATE', 'File', [id]);
  await ctx.em.flush();

  const expiresAt = Math.floor(Date.now() / 1000) + UPLOAD_LINK_SECONDS;
  const token = signFileLink({ fileId: id, method: 'PUT', expiresAt, userId: caller.userId, roles: caller.roles }, settings.linkKey);
  return { file, uploadUrl: `${settings.publicUrl}/${token}`, expiresAt: new Date(expiresAt * 1000) };
}

/** A signed GET link for a READY file, or null; the caller already passed the file's read policy. */
export function downloadUrlOf(file: StoredFile, ctx: Context, settings: FileSettings, ttlSeconds: number): string | null {
  if (file.status !== 'READY' || !ctx.caller) return null;
  const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = signFileLink({ fileId: file.id, method: 'GET', expiresAt, userId: ctx.caller.userId, roles: ctx.caller.roles }, settings.linkKey);
  return `${settings.publicUrl}/${token}`;
}
