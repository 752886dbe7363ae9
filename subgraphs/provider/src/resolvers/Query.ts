import { decodeCursor, pageSize, parseId } from '@telemed/subgraph-kit/arguments';
import { requireService } from '@telemed/subgraph-kit/authorization';
import { NotFoundError } from '@telemed/subgraph-kit/errors';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { Clinic } from '../clinic/clinic.entity';
import { Doctor } from '../doctor/doctor.entity';
import { searchDoctors } from '../doctor/doctor.repository';

export const Query: QueryResolvers = {
  doctor: async (_, { id }, { loaders }) =>
    (await loaders.doctorById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Doctor', id)),
  doctors: (_, { specialty, first, after }, { em }) =>
    searchDoctors(em, { specialty, first: pageSize(first), after: decodeCursor(after) }),
  clinic: async (_, { id }, { loaders }) =>
    (await loaders.clinicById.load(parseId(id))) ?? Promise.reject(new NotFoundError('Clinic', id)),
  clinics: (_, __, { em }) => em.find(Clinic, {}, { orderBy: { name: 'asc' } }),
  doctorIdForUser: async (_, { userId }, { em, service }) => {
    requireService(service, 'identity');
    return (await em.findOne(Doctor, { userId: parseId(userId, 'userId') }))?.id ?? null;
  },
};
