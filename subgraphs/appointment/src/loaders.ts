import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderById } from '@telemed/subgraph-kit/loaders';
import { Appointment } from './appointment/appointment.entity';
import { appointmentsByOwner } from './appointment/appointment.loaders';

export function createLoaders(em: EntityManager) {
  return {
    appointmentById: loaderById(em, Appointment),
    appointmentsByDoctor: appointmentsByOwner(em, 'doctorId'),
    appointmentsByPatient: appointmentsByOwner(em, 'patientId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
