import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Doctor } from './doctor.entity';
import type { DoctorSearch } from './doctor-search.inputs';

/** Doctors by name, optionally of one specialty, after a keyset cursor. */
export function searchDoctors(em: EntityManager, filter: { specialty?: string | null; after: Cursor | null; first: number }) {
  return em.find(
    Doctor,
    { ...(filter.specialty ? { specialty: filter.specialty } : {}), ...keysetAfter('name', filter.after) },
    { orderBy: { name: 'asc', id: 'asc' }, limit: filter.first },
  );
}

// Words are matched as substrings: `%` and `_` typed by a user are literal.
function contains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of `Query.doctorSearch`, by name: `limit` rows after the cursor.
 * Every filter narrows; each free-text word must appear in the name, the
 * specialty or the bio. Six doctors need no full-text index; a `tsvector`
 * column is the next step when the directory grows (see decision 0023).
 */
export function searchDoctorPage(em: EntityManager, search: DoctorSearch, page: { after: Cursor | null; limit: number }) {
  const where = [
    search.specialty ? { specialty: { $ilike: search.specialty.replace(/[\\%_]/g, (c) => `\\${c}`) } } : {},
    search.clinicId ? { clinic: search.clinicId } : {},
    search.language ? { languages: { $contains: [search.language] } } : {},
    ...search.words.map((word) => ({
      $or: [{ name: { $ilike: contains(word) } }, { specialty: { $ilike: contains(word) } }, { bio: { $ilike: contains(word) } }],
    })),
    keysetAfter('name', page.after),
  ];
  return em.find(Doctor, { $and: where }, { orderBy: { name: 'asc', id: 'asc' }, limit: page.limit });
}
