import { decodeCursor, encodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { requireService } from '@telemed/subgraph-kit/authorization';
import { toConnection } from '@telemed/subgraph-kit/connection';
import { BadUserInputError, NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { Appointment } from '../appointment/appointment.entity';
import { appointmentScope, ownRecordsScope } from '../appointment/appointment.policy';
import { listAppointments, searchAppointmentPage } from '../appointment/appointment.repository';
import { assertMayReadConsultation } from '../consultation/consultation.policy';
import { listWaitlistPage } from '../waitlist/waitlist.repository';

const optionalId = (value: string | null | undefined, field: string[]) => (value ? parseId(value, field.join('.')) : null);

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

  appointmentSearch: async (_, { filter, first, after }, { em, caller }) => {
    const page = { first: pageSize(first), after: decodeCursor(after) };
    const scope = ownRecordsScope(
      caller,
      { doctorId: optionalId(filter?.doctorId, ['filter', 'doctorId']), patientId: optionalId(filter?.patientId, ['filter', 'patientId']) },
      'appointments',
    );
    if (filter?.from && filter.to && filter.from >= filter.to) throw new BadUserInputError('"filter.from" must be before "filter.to"', ['filter', 'from']);
    const search = { ...scope, statuses: filter?.statuses ?? null, from: filter?.from ?? null, to: filter?.to ?? null };
    const rows = await searchAppointmentPage(em, search, { after: page.after, limit: page.first + 1 });
    return toConnection(rows, page, (a) => encodeCursor(a.startsAt.toISOString(), a.id));
  },

  consultation: async (_, { id }, { caller, loaders }) => {
    const consultation = await loaders.consultationById.load(parseId(id));
    if (!consultation) throw new NotFoundError('Consultation', id);
    const appointment = await loaders.appointmentById.load(consultation.appointment.id);
    if (!appointment) throw new NotFoundError('Appointment', consultation.appointment.id);
    assertMayReadConsultation(caller, appointment);
    return consultation;
  },

  waitlist: async (_, { filter, first, after }, { em, caller }) => {
    const page = { first: pageSize(first), after: decodeCursor(after) };
    const scope = ownRecordsScope(
      caller,
      { doctorId: optionalId(filter?.doctorId, ['filter', 'doctorId']), patientId: optionalId(filter?.patientId, ['filter', 'patientId']) },
      'waitlist entries',
    );
    const rows = await listWaitlistPage(em, { ...scope, statuses: filter?.statuses ?? null }, { after: page.after, limit: page.first + 1 }, new Date());
    return toConnection(rows, page, (e) => encodeCursor(e.createdAt.toISOString(), e.id));
  },
};
