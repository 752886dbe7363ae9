import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@telemed/subgraph-kit/sql';

export interface DoctorStats {
  /** Whose statistics these are: revenue is shown to that doctor and admins only. */
  readonly doctorId: string;
  readonly totalAppointments: number;
  readonly completedConsultations: number;
  readonly cancellations: number;
  readonly noShows: number;
  readonly completionRate: number | null;
  readonly noShowRate: number | null;
  readonly revenueCents: number;
}

interface Row {
  doctor_id: string;
  total: number;
  completed: number;
  cancelled: number;
  no_shows: number;
  revenue: number;
}

const EMPTY: Omit<DoctorStats, 'doctorId'> = {
  totalAppointments: 0,
  completedConsultations: 0,
  cancellations: 0,
  noShows: 0,
  completionRate: null,
  noShowRate: null,
  revenueCents: 0,
};

/** Statistics of many doctors in one grouped query, in the order of `doctorIds`. */
export async function statsForDoctors(em: EntityManager, doctorIds: readonly string[]): Promise<DoctorStats[]> {
  // One statement, read from appointment_fact (revenue joins the payments of those appointments).
  const rows = await execute<Row[]>(
    em,
    `select f.doctor_id,
            count(*)::int as total,
            count(*) filter (where f.status = 'COMPLETED')::int as completed,
            count(*) filter (where f.status = 'CANCELLED')::int as cancelled,
            count(*) filter (where f.status = 'NO_SHOW')::int as no_shows,
            coalesce(sum(p.revenue), 0)::int as revenue
       from appointment_fact f
       left join (select appointment_id, sum(amount_cents) filter (where status = 'COMPLETED') as revenue
                    from payment_fact group by appointment_id) p on p.appointment_id = f.appointment_id
      where f.doctor_id in (${doctorIds.map(() => '?').join(', ')})
      group by f.doctor_id`,
    [...doctorIds],
  );
  const byDoctor = new Map(rows.map((row) => [row.doctor_id, row]));
  return doctorIds.map((id) => {
    const row = byDoctor.get(id);
    if (!row) return { doctorId: id, ...EMPTY };
    const attended = row.completed + row.no_shows;
    return {
      doctorId: id,
      totalAppointments: row.total,
      completedConsultations: row.completed,
      cancellations: row.cancelled,
      noShows: row.no_shows,
      completionRate: attended ? row.completed / attended : null,
      noShowRate: attended ? row.no_shows / attended : null,
      revenueCents: row.revenue,
    };
  });
}
