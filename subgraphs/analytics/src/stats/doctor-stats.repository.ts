import type { EntityManager } from '@mikro-orm/postgresql';

export interface DoctorStats {
  readonly totalAppointments: number;
  readonly completedConsultations: number;
  readonly cancellations: number;
  readonly noShows: number;
  readonly completionRate: number | null;
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

const EMPTY: DoctorStats = {
  totalAppointments: 0,
  completedConsultations: 0,
  cancellations: 0,
  noShows: 0,
  completionRate: null,
  revenueCents: 0,
};

/** Statistics of many doctors in one grouped query, in the order of `doctorIds`. */
export async function statsForDoctors(em: EntityManager, doctorIds: readonly string[]): Promise<DoctorStats[]> {
  const rows = await em.getConnection().execute<Row[]>(
    `select doctor_id,
            count(*)::int as total,
            count(*) filter (where status = 'COMPLETED')::int as completed,
            count(*) filter (where status = 'CANCELLED')::int as cancelled,
            count(*) filter (where status = 'NO_SHOW')::int as no_shows,
            coalesce(sum(amount_cents) filter (where status = 'COMPLETED'), 0)::int as revenue
       from appointment_fact
      where doctor_id in (${doctorIds.map(() => '?').join(', ')})
      group by doctor_id`,
    [...doctorIds],
  );
  const byDoctor = new Map(rows.map((row) => [row.doctor_id, row]));
  return doctorIds.map((id) => {
    const row = byDoctor.get(id);
    if (!row) return EMPTY;
    const attended = row.completed + row.no_shows;
    return {
      totalAppointments: row.total,
      completedConsultations: row.completed,
      cancellations: row.cancelled,
      noShows: row.no_shows,
      completionRate: attended ? row.completed / attended : null,
      revenueCents: row.revenue,
    };
  });
}
