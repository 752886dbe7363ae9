import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@telemed/subgraph-kit/sql';

/** The platform's activity over [from, to): appointments by start time, payments by when they moved. */
export interface PlatformMetrics {
  readonly from: Date;
  readonly to: Date;
  readonly appointments: number;
  readonly completedConsultations: number;
  readonly cancellations: number;
  readonly noShows: number;
  readonly completionRate: number | null;
  readonly noShowRate: number | null;
  readonly paymentsCaptured: number;
  readonly paymentsFailed: number;
  readonly refunds: number;
  readonly revenueCents: number;
}

interface AppointmentRow {
  total: number;
  completed: number;
  cancelled: number;
  no_shows: number;
}

interface PaymentRow {
  captured: number;
  failed: number;
  refunded: number;
  captured_cents: number;
  refunded_cents: number;
}

export async function platformMetrics(em: EntityManager, from: Date, to: Date): Promise<PlatformMetrics> {
  const [appointments] = await execute<AppointmentRow[]>(
    em,
    `select count(*)::int as total,
            count(*) filter (where status = 'COMPLETED')::int as completed,
            count(*) filter (where status = 'CANCELLED')::int as cancelled,
            count(*) filter (where status = 'NO_SHOW')::int as no_shows
       from appointment_fact where starts_at >= ? and starts_at < ?`,
    [from, to],
  );
  const [payments] = await execute<PaymentRow[]>(
    em,
    `select count(*) filter (where captured_at >= ? and captured_at < ?)::int as captured,
            count(*) filter (where failed_at >= ? and failed_at < ?)::int as failed,
            count(*) filter (where refunded_at >= ? and refunded_at < ?)::int as refunded,
            coalesce(sum(amount_cents) filter (where captured_at >= ? and captured_at < ?), 0)::bigint as captured_cents,
            coalesce(sum(amount_cents) filter (where refunded_at >= ? and refunded_at < ?), 0)::bigint as refunded_cents
       from payment_fact`,
    [from, to, from, to, from, to, from, to, from, to],
  );
  const a = appointments!;
  const p = payments!;
  const attended = a.completed + a.no_shows;
  return {
    from,
    to,
    appointments: a.total,
    completedConsultations: a.completed,
    cancellations: a.cancelled,
    noShows: a.no_shows,
    completionRate: attended ? a.completed / attended : null,
    noShowRate: attended ? a.no_shows / attended : null,
    paymentsCaptured: p.captured,
    paymentsFailed: p.failed,
    refunds: p.refunded,
    // Net of refunds made in the same window.
    revenueCents: Number(p.captured_cents) - Number(p.refunded_cents),
  };
}
