/**
 * `items` with `item` added in start-time order, or unchanged when an item
 * with its id is already there (the cache has updated that one in place).
 * For lists that a subscription adds to: `appointmentChanged` brings new
 * bookings the list query has not seen.
 */
export function insertByStart<T extends { readonly id: string; readonly startsAt: string }>(
  items: readonly T[],
  item: T,
): readonly T[] {
  if (items.some((existing) => existing.id === item.id)) return items;
  const at = items.findIndex((existing) => Date.parse(existing.startsAt) > Date.parse(item.startsAt));
  return at === -1 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}
