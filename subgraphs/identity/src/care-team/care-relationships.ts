import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@telemed/subgraph-kit/sql';
import type { CareBasis } from './care-relationship.entity';

export interface CarePair {
  readonly doctorId: string;
  readonly patientId: string;
}

/** A basis is live while it has not ended: the one rule every read of the care team applies. */
export const LIVE_BASIS = `(ended_at is null or ended_at > now())`;

/**
 * Records a basis of care (an appointment, or an offer ending at `endsAt`).
 * Recording it again keeps its first date and never revives a basis that was
 * ended: a redelivered booking event after its cancellation changes nothing.
 */
export async function recordCareBasis(
  em: EntityManager,
  basis: { readonly id: string; readonly kind: CareBasis; readonly pair: CarePair; readonly since: Date; readonly endsAt: Date | null },
): Promise<void> {
  await execute(
    em,
    `insert into care_relationship (basis_id, basis, doctor_id, patient_id, since, ended_at) values (?, ?, ?, ?, ?, ?)
     on conflict (basis_id) do update set ended_at = greatest(care_relationship.ended_at, excluded.ended_at)
       where care_relationship.ended_at is not null and excluded.ended_at is not null`,
    [basis.id, basis.kind, basis.pair.doctorId, basis.pair.patientId, basis.since, basis.endsAt],
    'run',
  );
}

/**
 * Ends the basis `id` at `at` (an appointment cancelled before it took
 * place). When the cancellation arrives before its booking, the ended basis
 * is written first, so the late booking cannot open it.
 */
export async function endCareBasis(em: EntityManager, basis: { readonly id: string; readonly kind: CareBasis; readonly pair: CarePair; readonly at: Date }): Promise<void> {
  await execute(
    em,
    `insert into care_relationship (basis_id, basis, doctor_id, patient_id, since, ended_at) values (?, ?, ?, ?, ?, ?)
     on conflict (basis_id) do update set ended_at = least(coalesce(care_relationship.ended_at, excluded.ended_at), excluded.ended_at)`,
    [basis.id, basis.kind, basis.pair.doctorId, basis.pair.patientId, basis.at, basis.at],
    'run',
  );
}

/** Whether each doctor cares for each patient now, for a whole request's pairs in one query. */
export function caresFor(em: EntityManager) {
  return new DataLoader<CarePair, boolean, string>(
    async (pairs) => {
      const rows = await execute<{ doctor_id: string; patient_id: string }[]>(
        em,
        `select distinct doctor_id, patient_id from care_relationship
          where (doctor_id, patient_id) in (${pairs.map(() => '(?, ?)').join(', ')}) and ${LIVE_BASIS}`,
        pairs.flatMap((p) => [p.doctorId, p.patientId]),
      );
      const found = new Set(rows.map((r) => `${r.doctor_id}|${r.patient_id}`));
      return pairs.map((p) => found.has(`${p.doctorId}|${p.patientId}`));
    },
    { cacheKeyFn: (p) => `${p.doctorId}|${p.patientId}` },
  );
}
