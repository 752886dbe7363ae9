import { createAccessTokens } from './access-tokens';
import { GatewayError } from './gateway-error';
import { createSessionStore, type Session } from './session';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');

function session(token: string, accessInMs: number): Session {
  return {
    accessToken: token,
    refreshToken: `refresh-of-${token}`,
    accessTokenExpiresAt: new Date(NOW + accessInMs).toISOString(),
    refreshTokenExpiresAt: new Date(NOW + 86_400_000).toISOString(),
    userId: 'u',
    role: 'PATIENT',
  };
}

function setup(initial: Session | null, refresh: (token: string) => Promise<Session>) {
  const store = createSessionStore('test', null);
  store.set(initial);
  const api = { refresh: jest.fn(refresh) };
  return { store, api, tokens: createAccessTokens(store, api, () => NOW) };
}

describe('createAccessTokens', () => {
  it('returns null when signed out', async () => {
    const { tokens } = setup(null, async () => session('x', 900_000));
    expect(await tokens.current()).toBeNull();
  });

  it('hands out a fresh token without calling the gateway', async () => {
    const { tokens, api } = setup(session('fresh', 900_000), async () => session('x', 900_000));
    expect(await tokens.current()).toBe('fresh');
    expect(api.refresh).not.toHaveBeenCalled();
  });

  it('refreshes once for concurrent callers: a refresh token works only once', async () => {
    const { tokens, api, store } = setup(session('old', 10_000), async () => session('new', 900_000));
    const results = await Promise.all([tokens.current(), tokens.current(), tokens.current()]);
    expect(results).toEqual(['new', 'new', 'new']);
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(api.refresh).toHaveBeenCalledWith('refresh-of-old');
    expect(store.get()?.accessToken).toBe('new');
  });

  it('refreshes a token the gateway refused (4401), then uses the new one', async () => {
    const { tokens, api } = setup(session('revoked', 900_000), async () => session('renewed', 900_000));
    tokens.refused();
    expect(await tokens.current()).toBe('renewed');
    expect(await tokens.current()).toBe('renewed');
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });

  it('signs out when the gateway refuses the refresh token', async () => {
    const { tokens, store } = setup(session('old', 0), async () => {
      throw new GatewayError([{ code: 'UNAUTHENTICATED', message: 'Refresh token revoked' }]);
    });
    await expect(tokens.current()).rejects.toThrow('UNAUTHENTICATED');
    expect(store.get()).toBeNull();
  });

  it('keeps the session when the gateway cannot be reached', async () => {
    const { tokens, store } = setup(session('old', 0), async () => {
      throw new TypeError('fetch failed');
    });
    await expect(tokens.current()).rejects.toThrow('fetch failed');
    expect(store.get()?.accessToken).toBe('old');
  });

  it('does not bring a session back that was signed out while its refresh was in flight', async () => {
    let answer!: (s: Session) => void;
    const { tokens, store } = setup(session('old', 0), () => new Promise<Session>((r) => (answer = r)));
    const pending = tokens.current();
    store.set(null);
    answer(session('new', 900_000));
    expect(await pending).toBeNull();
    expect(store.get()).toBeNull();
  });

  it("keeps the next user's session when the previous user's refresh answers late", async () => {
    let answer!: (s: Session) => void;
    const { tokens, store, api } = setup(session('old', 0), (token) =>
      token === 'refresh-of-old'
        ? new Promise<Session>((r) => (answer = r))
        : Promise.resolve(session('x', 0)),
    );
    const pending = tokens.current();
    store.set(session('next-user', 900_000));
    // The next user's requests do not wait on (or get the token of) the previous user's refresh.
    expect(await tokens.current()).toBe('next-user');
    answer(session('old-renewed', 900_000));
    expect(await pending).toBeNull();
    expect(store.get()?.accessToken).toBe('next-user');
    expect(api.refresh).toHaveBeenCalledTimes(1);
  });
});
