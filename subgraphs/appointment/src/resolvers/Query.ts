import { decodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listAppointments } from '../appointment/appointment.repository';

export const Query: QueryResolvers = {
  appointment: async (_, { id }, { loaders }) =>
    (await loaders.appointmentById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Appointment', id)),
  appointments: (_, { first, after }, { em }) =>
    listAppointments(em, { first: pageSize(first), after: decodeCursor(after) }),
};
