import type { AppointmentResolvers } from '../__generated__/resolvers-types';

export const Appointment: AppointmentResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  attachments: ({ id }, _, { loaders }) => loaders.filesByAppointment.load(id),
};
