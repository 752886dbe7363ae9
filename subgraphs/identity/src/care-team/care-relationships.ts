import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@telemed/subgraph-kit/sql';

export interface CarePair {
  readonly doctorId: string;
  readonly patientId: string;
}

/** Records that a doctor cares for a patient; recording it again keeps the first date. */
export async function recordCareRelationship(em: EntityManager, pair: CarePair, since: Date): Promise<void> {
  await execute(
    em,
    `insert into care_relationship (doctor_id, patient_id, since) values (?, ?, ?)
     on conflict (doctor_id, patient_id) do nothing`,
    [pair.doctorId, pair.patientId, since],
    'run',
  );
}

/** Whether each doctor cares for each patient, for a whole request's pairs in one query. */
export function caresFor(em: EntityManager) {
  return new DataLoader<CarePair, boolean, string>(
    async (pairs) => {
      const rows = await execute<{ doctor_id: string; patient_id: string }[]>(
        em,
        `select doctor_id, patient_id from care_relationship
          where (doctor_id, patient_id) in (${pairs.map(() => '(?, ?)').join(', ')})`,
        pairs.flatMap((p) => [p.doctorId, p.patientId]),
      );
      const found = new Set(rows.map((r) => `${r.doctor_id}|${r.patient_id}`));
      return pairs.map((p) => found.has(`${p.doctorId}|${p.patientId}`));
    },
    { cacheKeyFn: (p) => `${p.doctorId}|${p.patientId}` },
  );
}
