import { decodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { requireService } from '@telemed/subgraph-kit/authorization';
import { BadUserInputError, NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { Appointment } from '../appointment/appointment.entity';
import { appointmentScope } from '../appointment/appointment.policy';
import { listAppointments } from '../appointment/appointment.repository';

export const Query: QueryResolvers = {
  appointment: async (_, { id }, { loaders }) =>
    (await loaders.appointmentById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Appointment', id)),
  appointments: (_, { first, after }, { em, caller }) =>
    listAppointments(em, { first: pageSize(first), after: decodeCursor(after), scope: appointmentScope(caller) }),
  appointmentCareTeams: async (_, { ids }, { em, service }) => {
    requireService(service, 'storage');
    if (ids.length > 1000) throw new BadUserInputError('At most 1000 ids', ['ids']);
    const rows = await em.find(Appointment, { id: { $in: ids.map((id, i) => parseId(id, `ids.${i}`)) } });
    return rows.map((a) => ({ appointmentId: a.id, doctorId: a.doctorId, patientId: a.patientId }));
  },
};
