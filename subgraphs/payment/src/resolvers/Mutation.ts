import type { MutationResolvers } from '../__generated__/resolvers-types';
import { capturePayment, failPayment, refundPayment } from '../payment/payment.commands';

export const Mutation: MutationResolvers = {
  capturePayment: (_, { paymentId }, ctx) => capturePayment(ctx, paymentId),
  failPayment: (_, { paymentId, reason }, ctx) => failPayment(ctx, paymentId, reason),
  refundPayment: (_, { paymentId, reason }, ctx) => refundPayment(ctx, paymentId, reason),
};
