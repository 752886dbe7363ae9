import type { RefundResolvers } from '../__generated__/resolvers-types';

export const Refund: RefundResolvers = {
  amount: (refund) => refund.amountCents,
};
