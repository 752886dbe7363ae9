import { ConflictError } from '@telemed/subgraph-kit/errors';
import type { ReferralStatus } from './referral.entity';

/**
 * Where a referral may go next: PENDING → ACCEPTED | DECLINED | CANCELLED,
 * ACCEPTED → COMPLETED | CANCELLED; DECLINED, COMPLETED and CANCELLED are final.
 */
const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  PENDING: ['ACCEPTED', 'DECLINED', 'CANCELLED'],
  ACCEPTED: ['COMPLETED', 'CANCELLED'],
  DECLINED: [],
  COMPLETED: [],
  CANCELLED: [],
};

export function assertReferralMove(from: ReferralStatus, to: ReferralStatus): void {
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].length ? `only to ${NEXT[from].join(', ')}` : 'it is final';
    throw new ConflictError(`A ${from} referral cannot become ${to}: ${allowed}`, { status: from });
  }
}
