import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@telemed/demo-data/dataset';
import { StoredFile } from './file/file.entity';

export async function seed(em: EntityManager, data: DemoDataset): Promise<void> {
  if (await em.count(StoredFile)) return;
  for (const f of data.files) {
    em.create(StoredFile, {
      id: f.id,
      ownerId: f.ownerId,
      appointmentId: f.appointmentId,
      filename: f.filename,
      contentType: f.contentType,
      size: f.size,
      // Demo files are metadata only: their links answer 404 until bytes are uploaded some other way.
      storageKey: `demo/${f.id}`,
      status: 'READY',
      createdAt: new Date(),
    });
  }
  await em.flush();
}
