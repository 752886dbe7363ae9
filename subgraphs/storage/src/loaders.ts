import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { StoredFile } from './file/file.entity';

export function createLoaders(em: EntityManager) {
  return {
    fileById: loaderById(em, StoredFile),
    filesByAppointment: loaderManyBy(em, StoredFile, 'appointmentId', { createdAt: 'asc', id: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
