import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Appointment } from './appointment.entity';

/** Appointments by start time, after a keyset cursor. */
export function listAppointments(em: EntityManager, page: { after: Cursor | null; first: number }) {
  return em.find(Appointment, keysetAfter('startsAt', page.after, (key) => new Date(key)), {
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: page.first,
  });
}
