import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Doctor } from './doctor.entity';

/** Doctors by name, optionally of one specialty, after a keyset cursor. */
export function searchDoctors(em: EntityManager, filter: { specialty?: string | null; after: Cursor | null; first: number }) {
  return em.find(
    Doctor,
    { ...(filter.specialty ? { specialty: filter.specialty } : {}), ...keysetAfter('name', filter.after) },
    { orderBy: { name: 'asc', id: 'asc' }, limit: filter.first },
  );
}
