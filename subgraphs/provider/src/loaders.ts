import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { Clinic } from './clinic/clinic.entity';
import { Doctor } from './doctor/doctor.entity';

export function createLoaders(em: EntityManager) {
  return {
    doctorById: loaderById(em, Doctor),
    clinicById: loaderById(em, Clinic),
    doctorsByClinic: loaderManyBy(em, Doctor, 'clinic', { name: 'asc', id: 'asc' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
