import { decodeCursor, encodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { requirePartnerScope, requireService } from '@telemed/subgraph-kit/authorization';
import { toConnection } from '@telemed/subgraph-kit/connection';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { Clinic } from '../clinic/clinic.entity';
import { DoctorSearchFilter } from '../doctor/doctor-search.inputs';
import { Doctor } from '../doctor/doctor.entity';
import { searchDoctorPage, searchDoctors } from '../doctor/doctor.repository';

export const Query: QueryResolvers = {
  // The directory's entry points: partners need the scope their key names (trust chain, "Partner scopes").
  doctor: async (_, { id }, { loaders, caller }) => {
    requirePartnerScope(caller, 'doctors:read');
    return (await loaders.doctorById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Doctor', id));
  },
  doctors: (_, { specialty, first, after }, { em, caller }) => {
    requirePartnerScope(caller, 'doctors:read');
    return searchDoctors(em, { specialty, first: pageSize(first), after: decodeCursor(after) });
  },
  doctorSearch: async (_, { filter, first, after }, { em, caller }) => {
    requirePartnerScope(caller, 'doctors:read');
    const search = parseInput(DoctorSearchFilter, filter, 'filter');
    const page = { first: pageSize(first), after: decodeCursor(after) };
    const rows = await searchDoctorPage(em, search, { after: page.after, limit: page.first + 1 });
    return toConnection(rows, page, (doctor) => encodeCursor(doctor.name, doctor.id));
  },
  clinic: async (_, { id }, { loaders, caller }) => {
    requirePartnerScope(caller, 'clinics:read');
    return (await loaders.clinicById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Clinic', id));
  },
  clinics: (_, __, { em, caller }) => {
    requirePartnerScope(caller, 'clinics:read');
    return em.find(Clinic, {}, { orderBy: { name: 'asc' } });
  },
  doctorIdForUser: async (_, { userId }, { em, service }) => {
    requireService(service, 'identity');
    return (await em.findOne(Doctor, { userId: parseId(userId, 'userId') }))?.id ?? null;
  },
};
