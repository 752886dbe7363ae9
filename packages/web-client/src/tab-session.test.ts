import { createSessionStore, type KeyValueStorage, type Session } from './session';
import { claimTabSession, type TabLocks } from './tab-session';

const SESSION: Session = {
  accessToken: 'a',
  refreshToken: 'r',
  accessTokenExpiresAt: '2026-12-01T12:15:00.000Z',
  refreshTokenExpiresAt: '2026-12-31T12:00:00.000Z',
  userId: 'u',
  role: 'DOCTOR',
};
const KEY = 'telemed.doctor.session';

function memoryStorage(copyOf?: KeyValueStorage & { map: Map<string, string> }) {
  const map = new Map<string, string>(copyOf?.map);
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** Web Locks as a browser grants them: one holder per name, waiters in turn, `release` when a page goes away. */
function fakeLocks() {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const locks: TabLocks & { release(name: string): void; held: Set<string> } = {
    held,
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name);
          void callback().then(resolve);
        };
        if (!held.has(name)) return grant();
        const queue = waiting.get(name) ?? [];
        queue.push(grant);
        waiting.set(name, queue);
        signal.addEventListener('abort', () => {
          waiting.set(
            name,
            (waiting.get(name) ?? []).filter((g) => g !== grant),
          );
          reject(signal.reason);
        });
      });
    },
    release(name) {
      held.delete(name);
      waiting.get(name)?.shift()?.();
    },
  };
  return locks;
}

describe('claimTabSession', () => {
  it('keeps the session of a tab that holds its own lock, and holds it', async () => {
    const storage = memoryStorage();
    const locks = fakeLocks();
    await claimTabSession(storage, KEY, locks, 50);
    createSessionStore(KEY, storage).set(SESSION);
    expect(locks.held.size).toBe(1);
    expect(createSessionStore(KEY, storage).get()?.refreshToken).toBe('r');
  });

  it('makes a duplicated tab forget the copied session, so the two never present one refresh token', async () => {
    const original = memoryStorage();
    const locks = fakeLocks();
    await claimTabSession(original, KEY, locks, 50);
    createSessionStore(KEY, original).set(SESSION);

    const copy = memoryStorage(original);
    await claimTabSession(copy, KEY, locks, 50);
    expect(createSessionStore(KEY, copy).get()).toBeNull();
    expect(createSessionStore(KEY, original).get()?.refreshToken).toBe('r');
    // The copy has an id of its own now: its own sign-in survives its reloads.
    expect(copy.map.get(`${KEY}.tab`)).not.toBe(original.map.get(`${KEY}.tab`));
    expect(locks.held.size).toBe(2);
  });

  it('keeps the session across a reload, when the old page lets go of the lock a moment later', async () => {
    const storage = memoryStorage();
    const locks = fakeLocks();
    await claimTabSession(storage, KEY, locks, 1_000);
    createSessionStore(KEY, storage).set(SESSION);
    const lockName = `${KEY}.tab.${storage.map.get(`${KEY}.tab`)}`;

    const reloaded = claimTabSession(storage, KEY, locks, 1_000);
    setTimeout(() => locks.release(lockName), 20);
    await reloaded;
    expect(createSessionStore(KEY, storage).get()?.refreshToken).toBe('r');
    expect(locks.held).toEqual(new Set([lockName]));
  });

  it('does nothing without Web Locks or storage', async () => {
    const storage = memoryStorage();
    storage.setItem(KEY, 'kept');
    await claimTabSession(storage, KEY, null);
    await claimTabSession(null, KEY, fakeLocks());
    expect(storage.getItem(KEY)).toBe('kept');
  });
});
