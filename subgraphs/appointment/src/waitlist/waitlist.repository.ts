import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { WaitlistEntry, type WaitlistStatus } from './waitlist-entry.entity';

export interface WaitlistFilter {
  readonly doctorId: string | null;
  readonly patientId: string | null;
  readonly statuses: readonly WaitlistStatus[] | null;
}

/** What each status means in SQL at `now`, where OFFERED entries past their expiry count as EXPIRED. */
function statusCondition(status: WaitlistStatus, now: Date): object {
  if (status === 'OFFERED') return { status: 'OFFERED', offerExpiresAt: { $gt: now } };
  if (status === 'EXPIRED') return { $or: [{ status: 'EXPIRED' }, { status: 'OFFERED', offerExpiresAt: { $lte: now } }] };
  return { status };
}

/** One page of waitlist entries, oldest first (the order they are served in). */
export function listWaitlistPage(em: EntityManager, filter: WaitlistFilter, page: { after: Cursor | null; limit: number }, now: Date) {
  return em.find(
    WaitlistEntry,
    {
      $and: [
        filter.doctorId ? { doctorId: filter.doctorId } : {},
        filter.patientId ? { patientId: filter.patientId } : {},
        filter.statuses?.length ? { $or: filter.statuses.map((s) => statusCondition(s, now)) } : {},
        keysetAfter('createdAt', page.after, (key) => new Date(key)),
      ],
    },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: page.limit },
  );
}
