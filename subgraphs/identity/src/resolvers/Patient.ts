import { encodeCursor, pageSize } from '@telemed/subgraph-kit/arguments';
import type { PatientResolvers } from '../__generated__/resolvers-types';

export const Patient: PatientResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.patientById.load(id),
  user: (patient, _, { loaders }) => (patient.userId ? loaders.userById.load(patient.userId) : null),
  cursor: (patient) => encodeCursor(patient.name, patient.id),
  // The Notification policy keeps them to the patient and admins; a doctor who may read the Patient gets an empty list.
  notifications: (patient, { first, unreadOnly }, { loaders }) =>
    loaders.notificationsByPatient.load({ patientId: patient.id, first: pageSize(first), unreadOnly: unreadOnly ?? false }),
};
