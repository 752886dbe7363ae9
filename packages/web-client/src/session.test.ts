import { tokenDecision } from './token-expiry';
import { createSessionStore, type KeyValueStorage, type Session } from './session';

const SESSION: Session = {
  accessToken: 'a',
  refreshToken: 'r',
  accessTokenExpiresAt: '2026-12-01T12:15:00.000Z',
  refreshTokenExpiresAt: '2026-12-31T12:00:00.000Z',
  userId: 'u',
  role: 'DOCTOR',
};

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('createSessionStore', () => {
  it('keeps the refresh token across a reload, never the access token, and forgets it on sign-out', () => {
    const storage = memoryStorage();
    createSessionStore('telemed.doctor.session', storage).set(SESSION);
    expect(storage.map.get('telemed.doctor.session')).not.toContain('"a"');
    expect(JSON.parse(storage.map.get('telemed.doctor.session')!)).toEqual({
      refreshToken: 'r',
      refreshTokenExpiresAt: SESSION.refreshTokenExpiresAt,
      userId: 'u',
      role: 'DOCTOR',
    });
    const reloaded = createSessionStore('telemed.doctor.session', storage);
    expect(reloaded.get()).toMatchObject({ refreshToken: 'r', userId: 'u', role: 'DOCTOR', accessToken: '' });
    // No access token after a reload: the first request refreshes.
    expect(tokenDecision(reloaded.get()!, Date.parse('2026-12-01T12:00:00.000Z'))).toBe('refresh');
    reloaded.set(null);
    expect(storage.map.size).toBe(0);
  });

  it('starts signed out from a stored value it does not recognise', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{"refreshToken":1}');
    expect(createSessionStore('k', storage).get()).toBeNull();
    storage.setItem('k', 'not json');
    expect(createSessionStore('k', storage).get()).toBeNull();
  });

  it('tells listeners about every change', () => {
    const store = createSessionStore('k', null);
    const seen: (string | null)[] = [];
    const stop = store.subscribe((s) => seen.push(s?.accessToken ?? null));
    store.set(SESSION);
    store.set(null);
    stop();
    store.set(SESSION);
    expect(seen).toEqual(['a', null]);
  });
});
