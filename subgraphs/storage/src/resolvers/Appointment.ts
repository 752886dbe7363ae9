import type { AppointmentResolvers } from '../__generated__/resolvers-types';
import { noteAppointmentDoctor } from '../file/file.policy';

export const Appointment: AppointmentResolvers = {
  __resolveReference: (reference) => reference,
  attachments: async (appointment, _, ctx) => {
    noteAppointmentDoctor(ctx, appointment.id, appointment.doctor?.id);
    // A file whose bytes have not arrived is not an attachment yet.
    return (await ctx.loaders.filesByAppointment.load(appointment.id)).filter((file) => file.status === 'READY');
  },
};
