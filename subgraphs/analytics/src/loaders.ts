import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { statsForDoctors, type DoctorStats } from './stats/doctor-stats.repository';

export function createLoaders(em: EntityManager) {
  return {
    statsByDoctor: new DataLoader<string, DoctorStats>((ids) => statsForDoctors(em, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
