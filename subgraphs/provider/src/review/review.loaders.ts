import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { execute } from '@telemed/subgraph-kit/sql';
import { Review } from './review.entity';

export interface RatingSummary {
  /** Null before the first review. */
  readonly average: number | null;
  readonly count: number;
}

/** Average rating and count per doctor: one grouped query for every doctor of the request. */
export function ratingByDoctor(em: EntityManager) {
  return new DataLoader<string, RatingSummary>(async (doctorIds) => {
    const rows: { doctor_id: string; average: string; count: string }[] = await execute(
        em,
        'select doctor_id, avg(rating) as average, count(*) as count from review where doctor_id in (?) group by doctor_id',
        [[...doctorIds]],
      );
    const byDoctor = new Map(rows.map((r) => [r.doctor_id, { average: Math.round(Number(r.average) * 100) / 100, count: Number(r.count) }]));
    return doctorIds.map((id) => byDoctor.get(id) ?? { average: null, count: 0 });
  });
}

export interface ReviewPageKey {
  readonly doctorId: string;
  readonly first: number;
  readonly after: Cursor | null;
}

/**
 * One page of reviews (newest first) per doctor, for every doctor of the
 * request in one query: a window function numbers each doctor's reviews after
 * the cursor, and only the first `first + 1` of each come back (the extra one
 * tells whether another page follows).
 */
export function reviewPageByDoctor(em: EntityManager) {
  return new DataLoader<ReviewPageKey, Review[], string>(
    async (keys) => {
      const shapes = new Map<string, ReviewPageKey[]>();
      for (const key of keys) {
        const shape = `${key.first}|${key.after?.key}|${key.after?.id}`;
        shapes.set(shape, [...(shapes.get(shape) ?? []), key]);
      }
      const pages = new Map<ReviewPageKey, Review[]>();
      for (const group of shapes.values()) {
        const { first, after } = group[0]!;
        const params: unknown[] = [group.map((k) => k.doctorId)];
        let keyset = '';
        if (after) {
          keyset = 'and (created_at, id) < (?, ?)';
          params.push(new Date(after.key), after.id);
        }
        params.push(first + 1);
        const rows: Record<string, unknown>[] = await execute(
          em,
          `select * from (
             select r.*, row_number() over (partition by doctor_id order by created_at desc, id desc) as page_position
             from review r where doctor_id in (?) ${keyset}
           ) ranked where page_position <= ? order by doctor_id, page_position`,
          params,
        );
        const byDoctor = new Map<string, Review[]>();
        for (const row of rows) {
          // The window column is no property of Review; mapping ignores unknown columns.
          const review = em.map(Review, row);
          byDoctor.set(review.doctor.id, [...(byDoctor.get(review.doctor.id) ?? []), review]);
        }
        for (const key of group) pages.set(key, byDoctor.get(key.doctorId) ?? []);
      }
      return keys.map((key) => pages.get(key) ?? []);
    },
    { cacheKeyFn: (k) => `${k.doctorId}|${k.first}|${k.after?.key}|${k.after?.id}` },
  );
}
