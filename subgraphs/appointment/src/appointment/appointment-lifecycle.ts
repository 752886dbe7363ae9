import { ConflictError } from '@telemed/subgraph-kit/errors';
import type { AppointmentStatus } from './appointment.entity';

/**
 * The appointment state machine, and nothing else: which action may move an
 * appointment from which status to which. Pure, so every rule is unit tested;
 * who may act is `appointment.policy.ts`, storing the change is the service's.
 *
 *   BOOK          → SCHEDULED
 *   RESCHEDULE    SCHEDULED → SCHEDULED (new time)
 *   CHECK_IN      SCHEDULED → CHECKED_IN
 *   START         CHECKED_IN → IN_PROGRESS (opens the consultation)
 *   COMPLETE      IN_PROGRESS → COMPLETED
 *   CANCEL        SCHEDULED | CHECKED_IN → CANCELLED
 *   MARK_NO_SHOW  SCHEDULED | CHECKED_IN → NO_SHOW, not before the start time
 */
export const APPOINTMENT_ACTIONS = ['BOOK', 'RESCHEDULE', 'CANCEL', 'CHECK_IN', 'START', 'COMPLETE', 'MARK_NO_SHOW'] as const;
export type AppointmentAction = (typeof APPOINTMENT_ACTIONS)[number];
export type ChangeAction = Exclude<AppointmentAction, 'BOOK'>;

const RULES: Record<ChangeAction, { readonly from: readonly AppointmentStatus[]; readonly to: AppointmentStatus | 'unchanged'; readonly verb: string }> = {
  RESCHEDULE: { from: ['SCHEDULED'], to: 'unchanged', verb: 'reschedule' },
  CHECK_IN: { from: ['SCHEDULED'], to: 'CHECKED_IN', verb: 'check in' },
  START: { from: ['CHECKED_IN'], to: 'IN_PROGRESS', verb: 'start' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED', verb: 'complete' },
  CANCEL: { from: ['SCHEDULED', 'CHECKED_IN'], to: 'CANCELLED', verb: 'cancel' },
  MARK_NO_SHOW: { from: ['SCHEDULED', 'CHECKED_IN'], to: 'NO_SHOW', verb: 'mark as no-show' },
};

/** Statuses in which an appointment holds its time: the database's no-overlap constraints cover exactly these. */
export function holdsTime(status: AppointmentStatus): boolean {
  return status !== 'CANCELLED' && status !== 'NO_SHOW';
}

/**
 * The status `action` moves an appointment in `current` to, or CONFLICT with
 * a message saying what is allowed. `now` and `startsAt` guard the one
 * time-bound rule: nobody is a no-show before the appointment has begun.
 */
export function nextStatus(current: AppointmentStatus, action: ChangeAction, at: { now: Date; startsAt: Date }): AppointmentStatus {
  const rule = RULES[action];
  if (!rule.from.includes(current)) {
    throw new ConflictError(
      `Cannot ${rule.verb} an appointment that is ${current}; only ${rule.from.join(' or ')} appointments can be`,
      { status: current, action },
    );
  }
  if (action === 'MARK_NO_SHOW' && at.now < at.startsAt) {
    throw new ConflictError(`Cannot mark as no-show before the appointment starts (${at.startsAt.toISOString()})`, { status: current, action });
  }
  return rule.to === 'unchanged' ? current : rule.to;
}
