import type { Cursor } from './arguments';

/**
 * The MikroORM filter for rows after `cursor` in `(field, id)` order:
 * `field > key OR (field = key AND id > cursorId)`; with `order` 'desc'
 * (newest first), the rows before it.
 */
export function keysetAfter(
  field: string,
  cursor: Cursor | null,
  toKey: (key: string) => unknown = (k) => k,
  order: 'asc' | 'desc' = 'asc',
): object {
  if (!cursor) return {};
  const key = toKey(cursor.key);
  const past = order === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [field]: { [past]: key } }, { [field]: key, id: { [past]: cursor.id } }] };
}
