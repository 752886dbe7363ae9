import type { EntityManager } from '@mikro-orm/postgresql';
import type { Cursor } from '@telemed/subgraph-kit/arguments';
import { keysetAfter } from '@telemed/subgraph-kit/pagination';
import { Appointment, type AppointmentStatus } from './appointment.entity';
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

export interface AppointmentSearch {
  readonly doctorId: string | null;
  readonly patientId: string | null;
  readonly statuses: readonly AppointmentStatus[] | null;
  readonly from: Date | null;
  readonly to: Date | null;
}

/** One page of `Query.appointmentSearch`, by `(startsAt, id)`; served by the `(doctor_id, starts_at)` and `(patient_id, starts_at)` indexes. */
export function searchAppointmentPage(em: EntityManager, search: AppointmentSearch, page: { after: Cursor | null; limit: number }) {
  return em.find(
    Appointment,
    {
      $and: [
        search.doctorId ? { doctorId: search.doctorId } : {},
        search.patientId ? { patientId: search.patientId } : {},
        search.statuses?.length ? { status: { $in: [...search.statuses] } } : {},
        search.from ? { startsAt: { $gte: search.from } } : {},
        search.to ? { startsAt: { $lt: search.to } } : {},
        keysetAfter('startsAt', page.after, (key) => new Date(key)),
      ],
    },
    { orderBy: { startsAt: 'asc', id: 'asc' }, limit: page.limit },
  );
}
