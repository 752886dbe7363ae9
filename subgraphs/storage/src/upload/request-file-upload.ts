import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireCaller } from '@telemed/subgraph-kit/authorization';
import { parseInput } from '@telemed/subgraph-kit/validation';
import type { Context } from '../context';
import { StoredFile } from '../file/file.entity';
import { requireAttachAccess, reserveFileSlot } from './attach-access';
import type { RequestFileUploadInput } from '../__generated__/resolvers-types';
import { signFileLink } from './file-token';
import { ALLOWED_CONTENT_TYPES, UPLOAD_LINK_SECONDS, type FileSettings } from './file-settings';
import type { FileUploadTicketModel } from './file-upload-ticket';

/** A file's name: shown and offered as the download's name, never used as a path. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'A file needs a name')
  .max(255, 'At most 255 characters')
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f\u007f]/.test(name), 'No slashes or control characters');

function inputSchema(settings: FileSettings) {
  return z.object({
    appointmentId: z.uuid('Not a valid id'),
    filename: fileNameSchema,
    contentType: z.enum(ALLOWED_CONTENT_TYPES, `Must be one of ${ALLOWED_CONTENT_TYPES.join(', ')}`),
    size: z
      .int()
      .min(1, 'An empty file is not stored')
      .max(settings.maxFileBytes, `At most ${settings.maxFileBytes} bytes`),
  });
}

/**
 * Declares a file on an appointment: checks who asks (the appointment's
 * patient, its doctor, an admin), what (type, size) and how many the
 * appointment already holds, stores a PENDING row owned by the patient and
 * returns a signed PUT link at the gateway.
 */
export async function requestFileUpload(
  raw: RequestFileUploadInput,
  ctx: Context,
  settings: FileSettings,
): Promise<FileUploadTicketModel> {
  const caller = requireCaller(ctx.caller);
  const input = parseInput(inputSchema(settings), raw, 'input');
  const team = await requireAttachAccess(ctx, input.appointmentId, settings, ['input', 'appointmentId']);

  const id = randomUUID();
  const file = await ctx.em.transactional(async (em) => {
    await reserveFileSlot(em, input.appointmentId, team.patientId, settings, ['input', 'appointmentId']);
    const created = em.create(StoredFile, {
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
    ctx.audit.recordChange(em, 'CREATE', 'File', [id]);
    return created;
  });

  const expiresAt = Math.floor(Date.now() / 1000) + UPLOAD_LINK_SECONDS;
  const token = signFileLink(
    { fileId: id, method: 'PUT', expiresAt, userId: caller.userId, roles: caller.roles },
    settings.linkKey,
  );
  return { file, uploadUrl: `${settings.publicUrl}/${token}`, expiresAt: new Date(expiresAt * 1000) };
}

/** A signed GET link for a READY file, or null; the caller already passed the file's read policy. */
export function downloadUrlOf(
  file: StoredFile,
  ctx: Context,
  settings: FileSettings,
  ttlSeconds: number,
): string | null {
  if (file.status !== 'READY' || !ctx.caller) return null;
  const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
  const token = signFileLink(
    { fileId: file.id, method: 'GET', expiresAt, userId: ctx.caller.userId, roles: ctx.caller.roles },
    settings.linkKey,
  );
  return `${settings.publicUrl}/${token}`;
}
