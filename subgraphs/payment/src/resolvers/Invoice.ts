import type { InvoiceResolvers } from '../__generated__/resolvers-types';

export const Invoice: InvoiceResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.invoiceById.load(id),
  amount: (invoice) => invoice.amountCents,
  payment: (invoice, _, { loaders }) =>
    invoice.paymentId ? loaders.paymentById.load(invoice.paymentId) : null,
  appointment: (invoice) => ({ id: invoice.appointmentId }),
};
