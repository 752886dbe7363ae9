import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { CareRelationship } from '../care-team/care-relationship.entity';
import { Patient } from './patient.entity';

/**
 * Patients by name, after a keyset cursor; with `caredForBy`, only that
 * doctor's patients, filtered in SQL so that every page is full.
 */
export function listPatients(em: EntityManager, page: { after: Cursor | null; first: number; caredForBy: string | null }) {
  const qb = em
    .createQueryBuilder(Patient, 'p')
    .where(keysetAfter('name', page.after))
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.first);
  if (page.caredForBy) {
    const careTeam = em
      .createQueryBuilder(CareRelationship, 'c')
      .select('c.patientId')
      .where({ doctorId: page.caredForBy, $or: [{ endedAt: null }, { endedAt: { $gt: new Date() } }] });
    qb.andWhere({ id: { $in: careTeam.getKnexQuery() } });
  }
  return qb.getResultList();
}
