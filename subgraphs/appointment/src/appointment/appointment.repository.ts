import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Appointment } from './appointment.entity';
import type { AppointmentScope } from './appointment.policy';

/** Appointments within `scope` (the caller's, see the policy) by start time, after a keyset cursor. */
export async function listAppointments(em: EntityManager, page: { after: Cursor | null; first: number; scope: AppointmentScope }) {
  if (page.scope === 'none') return [];
  const owner = page.scope === 'all' ? {} : { [page.scope.column]: page.scope.id };
  return em.find(Appointment, { ...owner, ...keysetAfter('startsAt', page.after, (key) => new Date(key)) }, {
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: page.first,
  });
}
