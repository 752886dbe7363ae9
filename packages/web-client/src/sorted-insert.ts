/**
 * `items` with `item` in its place by `goesBefore` (before the first existing
 * item it precedes, at the end when none). For lists a subscription adds to:
 * a new item is inserted; one already listed (the cache has updated it by id)
 * moves when its sort key changed, such as a rescheduled appointment. The
 * same array comes back when nothing moved, so React has nothing to redo.
 */
export function insertSorted<T extends { readonly id: string }>(
  items: readonly T[],
  item: T,
  goesBefore: (item: T, existing: T) => boolean,
): readonly T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index !== -1) {
    const previous = items[index - 1];
    const following = items[index + 1];
    const inPlace =
      (!previous || !goesBefore(item, previous)) && (!following || !goesBefore(following, item));
    if (inPlace) return items;
  }
  const others = index === -1 ? items : items.filter((existing) => existing.id !== item.id);
  const at = others.findIndex((existing) => goesBefore(item, existing));
  return at === -1 ? [...others, item] : [...others.slice(0, at), item, ...others.slice(at)];
}

/** `items` without the one with `id`; the same array when it is not there. */
export function withoutId<T extends { readonly id: string }>(items: readonly T[], id: string): readonly T[] {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : items;
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
