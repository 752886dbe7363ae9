import type { Cursor } from './arguments';

/**
 * The MikroORM filter for rows after `cursor` in `(field, id)` order:
 * `field > key OR (field = key AND id > cursorId)`.
 */
export function keysetAfter(field: string, cursor: Cursor | null, toKey: (key: string) => unknown = (k) => k): object {
  if (!cursor) return {};
  const key = toKey(cursor.key);
  return { $or: [{ [field]: { $gt: key } }, { [field]: key, id: { $gt: cursor.id } }] };
}
