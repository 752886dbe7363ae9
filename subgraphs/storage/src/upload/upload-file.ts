import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FileUpload } from 'graphql-upload-minimal';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import { recordEvent } from '@telemed/subgraph-kit/events/record-event';
import { parseInput } from '@telemed/subgraph-kit/validation';
import type { Context } from '../context';
import { BlobTooLargeError, type BlobStore } from '../blob/blob-store';
import { StoredFile } from '../file/file.entity';
import { requireAttachAccess, reserveFileSlot } from './attach-access';
import { ALLOWED_CONTENT_TYPES, type FileSettings } from './file-settings';
import { fileNameSchema } from './request-file-upload';

const UploadedFile = z.object({
  filename: fileNameSchema,
  mimetype: z.enum(ALLOWED_CONTENT_TYPES, `Must be one of ${ALLOWED_CONTENT_TYPES.join(', ')}`),
});

/**
 * `uploadFile`: the GraphQL multipart path for small files. Same checks as a
 * signed link (who, type, count); the size is only known once the bytes have
 * arrived, so the limit is enforced while they stream into the blob store.
 * The row is written READY, with its event, only after the bytes are stored.
 */
export async function uploadFile(
  appointmentId: string,
  file: Promise<FileUpload>,
  ctx: Context,
  settings: FileSettings,
  blobs: BlobStore,
): Promise<StoredFile> {
  const id = parseId(appointmentId, 'appointmentId');
  const team = await requireAttachAccess(ctx, id, settings, ['appointmentId']);
  const upload = await file;
  const checked = parseInput(UploadedFile, { filename: upload.filename, mimetype: upload.mimetype }, 'file');
  const fileId = randomUUID();
  const storageKey = `files/${fileId}`;
  let size: number;
  try {
    ({ size } = await blobs.put(storageKey, upload.createReadStream(), { maxBytes: settings.maxFileBytes }));
  } catch (error) {
    if (error instanceof BlobTooLargeError) throw new BadUserInputError(`At most ${settings.maxFileBytes} bytes`, ['file']);
    throw error;
  }
  if (size === 0) {
    await blobs.delete(storageKey);
    throw new BadUserInputError('An empty file is not stored', ['file']);
  }
  try {
    return await ctx.em.transactional(async (em) => {
      await reserveFileSlot(em, id, team.patientId, settings, ['appointmentId']);
      const stored = em.create(StoredFile, {
        id: fileId,
        ownerId: team.patientId,
        appointmentId: id,
        filename: checked.filename,
        contentType: checked.mimetype,
        size,
        storageKey,
        status: 'READY',
        createdAt: new Date(),
      });
      ctx.audit.recordChange(em, 'CREATE', 'File', [fileId]);
      recordEvent(
        em,
        'storage.file_uploaded',
        {
          file_id: fileId,
          owner_id: team.patientId,
          appointment_id: id,
          content_type: stored.contentType,
          size_bytes: size,
          uploaded_at: stored.createdAt.toISOString(),
        },
        ctx,
      );
      return stored;
    });
  } catch (error) {
    await blobs.delete(storageKey);
    throw error;
  }
}
