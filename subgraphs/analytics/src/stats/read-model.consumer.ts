import type { EntityManager } from '@mikro-orm/postgresql';
import { defineConsumer } from '@telemed/subgraph-kit/events/consumer-definition';
import { execute } from '@telemed/subgraph-kit/sql';

interface FactChange {
  readonly appointmentId: string;
  readonly doctorId: string;
  readonly patientId: string;
  readonly startsAt: string;
  readonly status: string | null;
}

/**
 * Upserts an appointment's fact. A final status (COMPLETED, CANCELLED,
 * NO_SHOW) is never overwritten by SCHEDULED, so a late or redelivered
 * `appointment.scheduled` cannot undo a completion; `status = null` keeps the
 * status (a reschedule moves the time only).
 */
async function upsertFact(em: EntityManager, change: FactChange): Promise<void> {
  await execute(
    em,
    `insert into appointment_fact (appointment_id, doctor_id, patient_id, status, starts_at, updated_at)
     values (?, ?, ?, coalesce(?, 'SCHEDULED'), ?, now())
     on conflict (appointment_id) do update set
       starts_at = excluded.starts_at,
       status = case
         when ?::text is null then appointment_fact.status
         when excluded.status = 'SCHEDULED' and appointment_fact.status <> 'SCHEDULED' then appointment_fact.status
         else excluded.status end,
       updated_at = now()`,
    [change.appointmentId, change.doctorId, change.patientId, change.status, change.startsAt, change.status],
    'run',
  );
}

/**
 * Upserts a payment's fact. Captured, failed and refunded times accumulate;
 * REFUNDED wins over COMPLETED whatever order the events came in.
 */
async function upsertPayment(
  em: EntityManager,
  fact: {
    paymentId: string;
    appointmentId: string;
    amountCents: number;
    currency: string;
    status: string;
    column: 'captured_at' | 'failed_at' | 'refunded_at';
    at: string;
  },
): Promise<void> {
  await execute(
    em,
    `insert into payment_fact (payment_id, appointment_id, amount_cents, currency, status, ${fact.column})
     values (?, ?, ?, ?, ?, ?)
     on conflict (payment_id) do update set
       ${fact.column} = excluded.${fact.column},
       status = case when payment_fact.status = 'REFUNDED' then payment_fact.status else excluded.status end`,
    [fact.paymentId, fact.appointmentId, fact.amountCents, fact.currency, fact.status, fact.at],
    'run',
  );
}

/** Builds analytics' read models from appointment and payment events. */
export const readModels = defineConsumer({
  name: 'analytics-read-models',
  on: {
    'appointment.scheduled': async ({ data }, { em }) =>
      upsertFact(em, {
        appointmentId: data.appointment_id,
        doctorId: data.doctor_id,
        patientId: data.patient_id,
        startsAt: data.starts_at,
        status: 'SCHEDULED',
      }),
    'appointment.rescheduled': async ({ data }, { em }) =>
      upsertFact(em, {
        appointmentId: data.appointment_id,
        doctorId: data.doctor_id,
        patientId: data.patient_id,
        startsAt: data.starts_at,
        status: null,
      }),
    'appointment.cancelled': async ({ data }, { em }) =>
      upsertFact(em, {
        appointmentId: data.appointment_id,
        doctorId: data.doctor_id,
        patientId: data.patient_id,
        startsAt: data.starts_at,
        status: 'CANCELLED',
      }),
    'appointment.completed': async ({ data }, { em }) =>
      upsertFact(em, {
        appointmentId: data.appointment_id,
        doctorId: data.doctor_id,
        patientId: data.patient_id,
        startsAt: data.starts_at,
        status: data.status,
      }),
    'payment.completed': async ({ data }, { em }) =>
      upsertPayment(em, {
        paymentId: data.payment_id,
        appointmentId: data.appointment_id,
        amountCents: data.amount_cents,
        currency: data.currency,
        status: 'COMPLETED',
        column: 'captured_at',
        at: data.captured_at,
      }),
    'payment.failed': async ({ data }, { em }) =>
      upsertPayment(em, {
        paymentId: data.payment_id,
        appointmentId: data.appointment_id,
        amountCents: data.amount_cents,
        currency: data.currency,
        status: 'FAILED',
        column: 'failed_at',
        at: data.failed_at,
      }),
    'payment.refunded': async ({ data }, { em }) =>
      upsertPayment(em, {
        paymentId: data.payment_id,
        appointmentId: data.appointment_id,
        amountCents: data.amount_cents,
        currency: data.currency,
        status: 'REFUNDED',
        column: 'refunded_at',
        at: data.refunded_at,
      }),
  },
});
