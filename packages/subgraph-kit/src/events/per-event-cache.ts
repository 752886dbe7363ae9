/**
 * Shares one load per event among the subscribers of that event: when an
 * event reaches 1,000 subscriptions of one process, their `resolve` reads
 * the changed row once, not 1,000 times. Access was checked per subscriber
 * when each subscribed; the shared value is the row as stored after the event.
 */
export function perEventCache<T>(ttlMs = 5_000): (eventId: string, load: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, Promise<T>>();
  return (eventId, load) => {
    let entry = entries.get(eventId);
    if (!entry) {
      entry = load();
      entries.set(eventId, entry);
      setTimeout(() => entries.delete(eventId), ttlMs).unref();
      // A failed load is not shared with later subscribers.
      entry.catch(() => entries.delete(eventId));
    }
    return entry;
  };
}
