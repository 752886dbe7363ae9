import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import type { AppointmentResolvers } from '../__generated__/resolvers-types';
import { assertMayReadHistory } from '../appointment/appointment.policy';
import { assertMayReadConsultation } from '../consultation/consultation.policy';

export const Appointment: AppointmentResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.appointmentById.load(id),
  // References to other subgraphs' entities: the gateway resolves them there.
  doctor: (appointment) => ({ id: appointment.doctorId }),
  patient: (appointment) => ({ id: appointment.patientId }),
  cursor: (appointment) => encodeCursor(appointment.startsAt.toISOString(), appointment.id),
  history: (appointment, _, { caller, loaders }) => {
    assertMayReadHistory(caller, appointment);
    return loaders.transitionsByAppointment.load(appointment.id);
  },
  consultation: (appointment, _, { caller, loaders }) => {
    assertMayReadConsultation(caller, appointment);
    return loaders.consultationByAppointment.load(appointment.id);
  },
  followUpOf: (appointment, _, { loaders }) => (appointment.followUpOfId ? loaders.appointmentById.load(appointment.followUpOfId) : null),
};
