import type { SessionFieldsFragment } from './__generated__/graphql';

/** A signed-in session as the gateway's `login` and `refreshSession` return it. */
export type Session = SessionFieldsFragment;

/** Where the current session lives; listeners hear every change, including sign-out. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  subscribe(listener: (session: Session | null) => void): () => void;
}

/** The part of `window.localStorage` the store needs, so tests can pass a map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A session store kept in `storage` under `key` (one key per app, so the
 * doctor and patient apps on one machine do not sign each other out), and
 * in memory when there is no storage.
 */
export function createSessionStore(key: string, storage: KeyValueStorage | null): SessionStore {
  let current = read(storage, key);
  const listeners = new Set<(session: Session | null) => void>();
  return {
    get: () => current,
    set(session) {
      current = session;
      if (storage) {
        if (session) storage.setItem(key, JSON.stringify(session));
        else storage.removeItem(key);
      }
      for (const listener of listeners) listener(session);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

function read(storage: KeyValueStorage | null, key: string): Session | null {
  const raw = storage?.getItem(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    // A stored value from an older app version lacks fields: start signed out rather than half signed in.
    return typeof parsed.accessToken === 'string' &&
      typeof parsed.refreshToken === 'string' &&
      typeof parsed.accessTokenExpiresAt === 'string'
      ? (parsed as Session)
      : null;
  } catch {
    return null;
  }
}
