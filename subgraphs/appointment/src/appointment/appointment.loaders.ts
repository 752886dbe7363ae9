import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from './appointment.entity';

export interface AppointmentWindow {
  readonly ownerId: string;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly first: number;
}

/**
 * Appointments of many doctors (or patients) in one query. Keys carry the
 * field's arguments; keys sharing arguments are batched into one
 * `WHERE <column> IN (...)` and each owner's rows are cut to `first`.
 */
export function appointmentsByOwner(em: EntityManager, column: 'doctorId' | 'patientId') {
  return new DataLoader<AppointmentWindow, Appointment[], string>(
    async (keys) => {
      const groups = new Map<string, AppointmentWindow[]>();
      for (const key of keys) {
        const shape = `${key.from?.toISOString()}|${key.to?.toISOString()}|${key.first}`;
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<AppointmentWindow, Appointment[]>();
      for (const group of groups.values()) {
        const { from, to, first } = group[0]!;
        const rows = await em.find(
          Appointment,
          {
            [column]: { $in: group.map((k) => k.ownerId) },
            ...(from || to ? { startsAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) } } : {}),
          },
          { orderBy: { startsAt: 'asc', id: 'asc' } },
        );
        const byOwner = new Map<string, Appointment[]>();
        for (const row of rows) byOwner.set(row[column], [...(byOwner.get(row[column]) ?? []), row]);
        for (const key of group) results.set(key, (byOwner.get(key.ownerId) ?? []).slice(0, first));
      }
      return keys.map((key) => results.get(key) ?? []);
    },
    { cacheKeyFn: (k) => `${k.ownerId}|${k.from?.toISOString()}|${k.to?.toISOString()}|${k.first}` },
  );
}
