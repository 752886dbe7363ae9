import type { TimeOffResolvers } from '../__generated__/resolvers-types';
import { canReadTimeOffReason } from '../schedule/schedule.policy';

export const TimeOff: TimeOffResolvers = {
  reason: (period, _, { caller }) => (canReadTimeOffReason(caller, period.doctor.id) ? period.reason : null),
};
