import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById, loaderManyBy } from '@telemed/subgraph-kit/loaders';
import { Clinic } from './clinic/clinic.entity';
import { Doctor } from './doctor/doctor.entity';
import { ratingByDoctor, reviewPageByDoctor } from './review/review.loaders';
import { Review } from './review/review.entity';
import { upcomingTimeOffByDoctor } from './schedule/schedule.loaders';
import { WorkingHours } from './schedule/working-hours.entity';

export function createLoaders(em: EntityManager) {
  return {
    doctorById: loaderById(em, Doctor),
    clinicById: loaderById(em, Clinic),
    reviewById: loaderById(em, Review),
    doctorsByClinic: loaderManyBy(em, Doctor, 'clinic', { name: 'asc', id: 'asc' }),
    workingHoursByDoctor: loaderManyBy(em, WorkingHours, 'doctor', { dayOfWeek: 'asc', startMinute: 'asc' }),
    upcomingTimeOffByDoctor: upcomingTimeOffByDoctor(em),
    ratingByDoctor: ratingByDoctor(em),
    reviewPageByDoctor: reviewPageByDoctor(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
