import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from './notification.entity';
import { execute } from '@telemed/subgraph-kit/sql';

export interface NotificationWindow {
  readonly patientId: string;
  readonly first: number;
  readonly unreadOnly: boolean;
}

/** The newest notifications of many patients in one query: at most `first` each, via row_number(). */
export function notificationsByPatient(em: EntityManager) {
  return new DataLoader<NotificationWindow, Notification[], string>(
    async (keys) => {
      const results = new Map<string, Notification[]>();
      const shapes = new Map<string, NotificationWindow[]>();
      for (const key of keys)
        shapes.set(`${key.first}|${key.unreadOnly}`, [
          ...(shapes.get(`${key.first}|${key.unreadOnly}`) ?? []),
          key,
        ]);
      for (const group of shapes.values()) {
        const { first, unreadOnly } = group[0]!;
        const rows = await execute<Record<string, unknown>[]>(
          em,
          `select * from (
             select n.*, row_number() over (partition by patient_id order by created_at desc, id desc) as position
               from notification n
              where patient_id in (${group.map(() => '?').join(', ')}) ${unreadOnly ? 'and read_at is null' : ''}
           ) ranked where position <= ? order by created_at desc, id desc`,
          [...group.map((k) => k.patientId), first],
        );
        for (const row of rows) {
          const notification = em.map(Notification, row);
          const list = results.get(`${notification.patientId}|${first}|${unreadOnly}`) ?? [];
          list.push(notification);
          results.set(`${notification.patientId}|${first}|${unreadOnly}`, list);
        }
      }
      return keys.map((k) => results.get(`${k.patientId}|${k.first}|${k.unreadOnly}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.patientId}|${k.first}|${k.unreadOnly}` },
  );
}
