import { ConflictError } from '@telemed/subgraph-kit/errors';
import type { PaymentStatus } from './payment.entity';

/** What can be done to a payment, and from which status. */
export type PaymentAction = 'capture' | 'fail' | 'refund' | 'cancel';

const TRANSITIONS: Record<
  PaymentAction,
  { readonly from: PaymentStatus; readonly to: PaymentStatus; readonly verb: string }
> = {
  capture: { from: 'PENDING', to: 'COMPLETED', verb: 'captured' },
  fail: { from: 'PENDING', to: 'FAILED', verb: 'marked as failed' },
  refund: { from: 'COMPLETED', to: 'REFUNDED', verb: 'refunded' },
  cancel: { from: 'PENDING', to: 'CANCELLED', verb: 'cancelled' },
};

/**
 * The status a payment moves to under `action`, or a CONFLICT saying why it
 * cannot: every status but the action's starting one is refused, including
 * the status the action leads to (capturing twice is a conflict, not a no-op,
 * so a client retrying blindly learns what happened).
 */
export function nextStatus(id: string, current: PaymentStatus, action: PaymentAction): PaymentStatus {
  const transition = TRANSITIONS[action];
  if (current !== transition.from) {
    throw new ConflictError(
      `Payment ${id} is ${current}; only a ${transition.from} payment can be ${transition.verb}`,
      {
        id,
        status: current,
        action,
      },
    );
  }
  return transition.to;
}
