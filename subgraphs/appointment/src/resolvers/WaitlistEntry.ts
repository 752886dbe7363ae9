import { encodeCursor } from '@telemed/subgraph-kit/arguments';
import { ForbiddenError } from '@telemed/subgraph-kit/errors';
import type { WaitlistEntryResolvers } from '../__generated__/resolvers-types';
import { canRead } from '../waitlist/waitlist.policy';
import { effectiveStatus } from '../waitlist/waitlist-status';

export const WaitlistEntry: WaitlistEntryResolvers = {
  __resolveReference: async ({ id }, { caller, loaders }) => {
    const entry = await loaders.waitlistEntryById.load(id);
    if (entry && !canRead(caller, entry)) throw new ForbiddenError("Only the entry's patient or doctor or an admin may read it");
    return entry;
  },
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
