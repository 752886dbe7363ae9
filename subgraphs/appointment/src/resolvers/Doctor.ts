import { BadUserInputError } from '@telemed/subgraph-kit/errors';
import { pageSize } from '@telemed/subgraph-kit/arguments';
import type { DoctorResolvers } from '../__generated__/resolvers-types';
import { DoctorScheduleShape, freeSlots } from '../availability/schedule';

const MAX_RANGE_DAYS = 31;

export const Doctor: DoctorResolvers = {
  // Keep the whole representation: it carries the fields `availableSlots` requires.
  __resolveReference: (representation) => representation,
  appointments: ({ id }, { from, to, first }, { loaders }) => {
    if (from && to && from >= to) throw new BadUserInputError('"from" must be before "to"', ['from']);
    return loaders.appointmentsByDoctor.load({ ownerId: id, from: from ?? null, to: to ?? null, first: pageSize(first, 50) });
  },
  availableSlots: async (doctor, { from, to }, { loaders }) => {
    if (from >= to) throw new BadUserInputError('"from" must be before "to"', ['from']);
    if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw new BadUserInputError(`"to" must be at most ${MAX_RANGE_DAYS} days after "from"`, ['to']);
    }
    const schedule = DoctorScheduleShape.safeParse(doctor);
    // Only a caller bypassing the gateway's query plan sends a Doctor without them.
    if (!schedule.success) throw new Error(`Doctor ${doctor.id} arrived without the workingHours and timeOff availableSlots requires`);
    const busy = await loaders.busyByDoctor.load({ doctorId: doctor.id, from, to });
    return freeSlots({ from, to, now: new Date(), schedule: schedule.data, busy });
  },
};
