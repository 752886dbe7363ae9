import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Patient } from './patient.entity';

/** Patients by name, after a keyset cursor. */
export function listPatients(em: EntityManager, page: { after: Cursor | null; first: number }) {
  return em.find(Patient, keysetAfter('name', page.after), { orderBy: { name: 'asc', id: 'asc' }, limit: page.first });
}
