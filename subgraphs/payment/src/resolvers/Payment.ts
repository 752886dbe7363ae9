import type { PaymentResolvers } from '../__generated__/resolvers-types';

export const Payment: PaymentResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.paymentById.load(id),
  amount: (payment) => payment.amountCents,
  refund: (payment, _, { loaders }) => (payment.status === 'REFUNDED' ? loaders.refundByPayment.load(payment.id) : null),
  appointment: (payment) => ({ id: payment.appointmentId }),
};
