import { EntitySchema } from '@mikro-orm/core';

/**
 * PENDING: an upload link was issued, no bytes yet. UPLOADING: a PUT is
 * streaming (claimed, so a second PUT is refused). READY: bytes stored.
 */
export type StoredFileStatus = 'PENDING' | 'UPLOADING' | 'READY';

export class StoredFile {
  id!: string;
  /** Identity's `User`/`Patient` id of the owner. */
  ownerId!: string;
  /** The appointment subgraph's `Appointment.id` this file is attached to, if any. */
  appointmentId: string | null = null;
  filename!: string;
  contentType!: string;
  size!: number;
  /** Where the bytes live in the blob store. */
  storageKey!: string;
  status: StoredFileStatus = 'READY';
  createdAt: Date = new Date();
}

export const StoredFileSchema = new EntitySchema<StoredFile>({
  class: StoredFile,
  tableName: 'stored_file',
  indexes: [{ properties: ['appointmentId', 'createdAt'] }, { properties: ['ownerId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    appointmentId: { type: 'uuid', nullable: true },
    filename: { type: 'string', length: 255 },
    contentType: { type: 'string', length: 127 },
    // Uploads are capped far below 2 GiB, so a 32-bit integer holds any size we accept.
    size: { type: 'integer' },
    storageKey: { type: 'string', length: 512 },
    // Rows from before uploads (demo metadata) count as stored.
    status: { type: 'string', length: 16, default: 'READY' },
    createdAt: { type: 'datetime', onCreate: () => new Date() },
  },
});
