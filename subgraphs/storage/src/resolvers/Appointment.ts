import type { AppointmentResolvers } from '../__generated__/resolvers-types';
import { noteAppointmentDoctor } from '../file/file.policy';

export const Appointment: AppointmentResolvers = {
  __resolveReference: (reference) => reference,
  attachments: (appointment, _, ctx) => {
    noteAppointmentDoctor(ctx, appointment.id, appointment.doctor?.id);
    return ctx.loaders.filesByAppointment.load(appointment.id);
  },
};
