import type { AppointmentResolvers } from '../__generated__/resolvers-types';

export const Appointment: AppointmentResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  payment: async ({ id }, _, { loaders }) => (await loaders.paymentsByAppointment.load(id))[0] ?? null,
  invoice: async ({ id }, _, { loaders }) => (await loaders.invoicesByAppointment.load(id))[0] ?? null,
};
