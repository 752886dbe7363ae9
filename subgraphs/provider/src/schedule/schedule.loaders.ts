import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TimeOff } from './time-off.entity';

/**
 * Time off that has not ended yet, per doctor, by start: one query for every
 * doctor of the request. Ended periods no longer affect availability, and
 * leaving them out keeps what `@requires` ships to the appointment subgraph small.
 */
export function upcomingTimeOffByDoctor(em: EntityManager, now = () => new Date()) {
  return new DataLoader<string, TimeOff[]>(async (doctorIds) => {
    const rows = await em.find(
      TimeOff,
      { doctor: { $in: [...doctorIds] }, endsAt: { $gt: now() } },
      { orderBy: { startsAt: 'asc', id: 'asc' } },
    );
    const byDoctor = new Map<string, TimeOff[]>(doctorIds.map((id) => [id, []]));
    for (const row of rows) byDoctor.get(row.doctor.id)?.push(row);
    return doctorIds.map((id) => byDoctor.get(id) ?? []);
  });
}
