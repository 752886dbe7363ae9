import DataLoader from 'dataloader';
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

// Loaders cache per request only; they live on the request's context.
const OPTIONS = { maxBatchSize: 1000 } as const;

/**
 * Batches lookups by primary key into one `WHERE id IN (...)` query and
 * returns results in key order, `null` for ids that do not exist.
 */
export function loaderById<T extends { id: string }>(em: EntityManager, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, OPTIONS);
}

/**
 * Batches a one-to-many relation: every key's rows in one query, grouped by
 * the foreign-key column `field`, each group ordered by `orderBy`.
 */
export function loaderManyBy<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityName<T>,
  field: K,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { [field]: { $in: [...keys] } } as never, { orderBy: orderBy as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(foreignKey(row[field]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  }, OPTIONS);
}

// A many-to-one property is an entity reference; a plain id column is a string.
function foreignKey(value: unknown): string {
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return String(value);
}
