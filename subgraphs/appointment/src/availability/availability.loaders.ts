import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from '../appointment/appointment.entity';
import { WaitlistEntry } from '../waitlist/waitlist-entry.entity';
import type { Interval } from './schedule';

export interface BusyKey {
  readonly doctorId: string;
  readonly from: Date;
  readonly to: Date;
}

/**
 * The time each doctor cannot offer within [from, to): appointments holding
 * their time and slots held for waitlisted patients. Keys sharing a range
 * (every doctor of a search page asked for the same week) cost one query on
 * each table.
 */
export function busyByDoctor(em: EntityManager, now = () => new Date()) {
  return new DataLoader<BusyKey, Interval[], string>(
    async (keys) => {
      const ranges = new Map<string, BusyKey[]>();
      for (const key of keys) {
        const range = `${key.from.toISOString()}|${key.to.toISOString()}`;
        ranges.set(range, [...(ranges.get(range) ?? []), key]);
      }
      const busy = new Map<string, Interval[]>();
      for (const group of ranges.values()) {
        const { from, to } = group[0]!;
        const doctorIds = group.map((k) => k.doctorId);
        // Anything ending after `from` or starting before `to` may touch a slot in range.
        const [appointments, offers] = await Promise.all([
          em.find(Appointment, { doctorId: { $in: doctorIds }, status: { $nin: ['CANCELLED', 'NO_SHOW'] }, startsAt: { $lt: to }, endsAt: { $gt: from } }),
          em.find(WaitlistEntry, { doctorId: { $in: doctorIds }, status: 'OFFERED', offerExpiresAt: { $gt: now() }, offerStartsAt: { $lt: to }, offerEndsAt: { $gt: from } }),
        ]);
        for (const key of group) {
          busy.set(`${key.doctorId}|${from.toISOString()}|${to.toISOString()}`, [
            ...appointments.filter((a) => a.doctorId === key.doctorId),
            ...offers.filter((o) => o.doctorId === key.doctorId).map((o) => ({ startsAt: o.offerStartsAt!, endsAt: o.offerEndsAt! })),
          ]);
        }
      }
      return keys.map((k) => busy.get(`${k.doctorId}|${k.from.toISOString()}|${k.to.toISOString()}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.doctorId}|${k.from.toISOString()}|${k.to.toISOString()}` },
  );
}
