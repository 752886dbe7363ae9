import type { SessionFieldsFragment } from './__generated__/graphql';

/** A signed-in session as the gateway's `login` and `refreshSession` return it. */
export type Session = SessionFieldsFragment;

/** Where the current session lives; listeners hear every change, including sign-out. */
export interface SessionStore {
  get(): Session | null;
  set(session: Session | null): void;
  subscribe(listener: (session: Session | null) => void): () => void;
}

/** The part of `window.sessionStorage` the store needs, so tests can pass a map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What is written to storage: the refresh token and whose it is, never the access token. */
type StoredSession = Pick<Session, 'refreshToken' | 'refreshTokenExpiresAt' | 'userId' | 'role'>;

/**
 * A session store kept under `key` (one key per app) in `storage`, and in
 * memory only when there is no storage. The apps pass `sessionStorage`: the
 * refresh token lives as long as the tab and is never shared with another
 * tab (refresh tokens are single use; see `tab-session.ts`). The access token
 * is kept in memory only, so script injected into the page finds at most a
 * refresh token in storage; after a reload the first request refreshes.
 */
export function createSessionStore(key: string, storage: KeyValueStorage | null): SessionStore {
  let current = read(storage, key);
  const listeners = new Set<(session: Session | null) => void>();
  return {
    get: () => current,
    set(session) {
      current = session;
      if (storage) {
        if (session) storage.setItem(key, JSON.stringify(storedPart(session)));
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

function storedPart(session: StoredSession): StoredSession {
  const { refreshToken, refreshTokenExpiresAt, userId, role } = session;
  return { refreshToken, refreshTokenExpiresAt, userId, role };
}

/** An access token that was never issued: `tokenDecision` refreshes before the first request. */
const NO_ACCESS_TOKEN = { accessToken: '', accessTokenExpiresAt: new Date(0).toISOString() } as const;

function read(storage: KeyValueStorage | null, key: string): Session | null {
  const raw = storage?.getItem(key);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    // A stored value from an older app version lacks fields: start signed out rather than half signed in.
    if (
      typeof parsed.refreshToken !== 'string' ||
      typeof parsed.refreshTokenExpiresAt !== 'string' ||
      typeof parsed.userId !== 'string' ||
      typeof parsed.role !== 'string'
    )
      return null;
    return { ...storedPart(parsed as StoredSession), ...NO_ACCESS_TOKEN };
  } catch {
    return null;
  }
}
