import { encodeCursor, pageSize } from '@telemed/subgraph-kit/arguments';
import type { PatientResolvers } from '../__generated__/resolvers-types';

export const Patient: PatientResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.patientById.load(id),
  user: (patient, _, { loaders }) => (patient.userId ? loaders.userById.load(patient.userId) : null),
  cursor: (patient) => encodeCursor(patient.name, patient.id),
  // Anyone may read them until the trust chain lands; then only the patient (and `me`).
  notifications: (patient, { first, unreadOnly }, { loaders }) =>
    loaders.notificationsByPatient.load({ patientId: patient.id, first: pageSize(first), unreadOnly: unreadOnly ?? false }),
};
