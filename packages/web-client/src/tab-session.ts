import type { KeyValueStorage } from './session';

/** The part of `navigator.locks` (Web Locks API) used here, so tests can pass a fake. */
export interface TabLocks {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

/**
 * How long a tab waits for its own lock before it decides it is a copy. A
 * reload hands the lock from the old page to the new one within
 * milliseconds; only a copy, whose original still holds it, waits it out.
 */
export const CLAIM_WAIT_MS = 1_000;

/**
 * Makes sure no other open tab holds the session found in this tab's
 * `sessionStorage`, before the app reads it.
 *
 * `sessionStorage` is per tab, except that the browser copies it into a tab
 * made by "Duplicate tab" or `window.open`. Two tabs with one refresh token
 * would sign each other out: the first to refresh rotates it, the second
 * presents the used one, and the gateway revokes the whole family. So each
 * tab holds a Web Lock named after an id kept in its `sessionStorage` for as
 * long as the page lives; a tab that cannot get the lock of the id it found
 * is a copy, forgets the copied session (it signs in on its own) and takes a
 * new id. Without Web Locks (an old browser) a copy cannot be told apart and
 * keeps the session. Resolves once settled; never rejects.
 */
export async function claimTabSession(
  storage: KeyValueStorage | null,
  sessionKey: string,
  locks: TabLocks | null,
  waitMs: number = CLAIM_WAIT_MS,
): Promise<void> {
  if (!storage || !locks) return;
  const idKey = `${sessionKey}.tab`;
  try {
    const found = storage.getItem(idKey);
    if (found && (await hold(locks, `${idKey}.${found}`, waitMs))) return;
    if (found) storage.removeItem(sessionKey);
    const id = crypto.randomUUID();
    storage.setItem(idKey, id);
    await hold(locks, `${idKey}.${id}`, waitMs);
  } catch {
    // Storage refused (private mode quotas, policies): the app runs with what it has.
  }
}

/** Takes the lock `name` for the rest of the page's life; false when it is not free within `waitMs`. */
function hold(locks: TabLocks, name: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    locks
      .request(name, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        // Never settles: the browser releases the lock when the page goes away.
        return new Promise<void>(() => undefined);
      })
      .catch(() => resolve(false));
  });
}
