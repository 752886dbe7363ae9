import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import type { WaitlistEntryResolvers } from '../__generated__/resolvers-types';
import { effectiveStatus } from '../waitlist/waitlist-status';

export const WaitlistEntry: WaitlistEntryResolvers = {
  // The kit applies waitlistPolicies to what this returns.
  __resolveReference: ({ id }, { loaders }) => loaders.waitlistEntryById.load(id),
  doctor: (entry) => ({ id: entry.doctorId }),
  patient: (entry) => ({ id: entry.patientId }),
  from: (entry) => entry.rangeStart,
  to: (entry) => entry.rangeEnd,
  status: (entry) => effectiveStatus(entry, new Date()),
  offer: (entry) =>
    entry.offerStartsAt && entry.offerEndsAt && entry.offerExpiresAt
      ? { startsAt: entry.offerStartsAt, endsAt: entry.offerEndsAt, expiresAt: entry.offerExpiresAt }
      : null,
  appointment: (entry, _, { loaders }) => (entry.appointmentId ? loaders.appointmentById.load(entry.appointmentId) : null),
  cursor: (entry) => encodeCursor(entry.createdAt.toISOString(), entry.id),
};
