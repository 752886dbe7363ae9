import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import type { AppointmentResolvers } from '../__generated__/resolvers-types';

export const Appointment: AppointmentResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.appointmentById.load(id),
  // References to other subgraphs' entities: the gateway resolves them there.
  doctor: (appointment) => ({ id: appointment.doctorId }),
  patient: (appointment) => ({ id: appointment.patientId }),
  cursor: (appointment) => encodeCursor(appointment.startsAt.toISOString(), appointment.id),
};
