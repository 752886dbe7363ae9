/**
 * `items` with `item` added before the first existing item that `goesBefore`
 * says it precedes (at the end when none), or unchanged when an item with its
 * id is already there (the cache has updated that one in place). For lists a
 * subscription adds to: the list query has not seen the pushed item.
 */
export function insertSorted<T extends { readonly id: string }>(
  items: readonly T[],
  item: T,
  goesBefore: (item: T, existing: T) => boolean,
): readonly T[] {
  if (items.some((existing) => existing.id === item.id)) return items;
  const at = items.findIndex((existing) => goesBefore(item, existing));
  return at === -1 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}

/** In start-time order: `appointmentChanged` brings new bookings. */
export function insertByStart<T extends { readonly id: string; readonly startsAt: string }>(
  items: readonly T[],
  item: T,
): readonly T[] {
  return insertSorted(items, item, (a, b) => Date.parse(a.startsAt) < Date.parse(b.startsAt));
}

/** Newest first by `createdAt`: `notificationReceived` brings new notifications. */
export function insertNewestFirst<T extends { readonly id: string; readonly createdAt: string }>(
  items: readonly T[],
  item: T,
): readonly T[] {
  return insertSorted(items, item, (a, b) => Date.parse(a.createdAt) > Date.parse(b.createdAt));
}
