import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { forgetOnSignOut } from './forget-on-sign-out';
import { createSessionStore, type Session } from './session';

const ME = gql`
  query Me {
    me {
      id
      name
    }
  }
`;

function session(userId: string): Session {
  return {
    accessToken: `a-${userId}`,
    refreshToken: `r-${userId}`,
    accessTokenExpiresAt: '2026-12-01T12:15:00.000Z',
    refreshTokenExpiresAt: '2026-12-31T12:00:00.000Z',
    userId,
    role: 'PATIENT',
  };
}

function setup(initial: Session | null) {
  const apollo = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  const sessions = createSessionStore('test', null);
  sessions.set(initial);
  const stop = forgetOnSignOut(sessions, apollo);
  apollo.writeQuery({ query: ME, data: { me: { __typename: 'User', id: 'u1', name: 'Noah Bennett' } } });
  const cached = () => apollo.cache.extract();
  // clearStore starts in a microtask; let it finish.
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { apollo, sessions, stop, cached, settle };
}

describe('forgetOnSignOut', () => {
  it('empties the cache when the session ends, whatever ended it', async () => {
    const { sessions, cached, settle } = setup(session('u1'));
    expect(JSON.stringify(cached())).toContain('Noah Bennett');
    sessions.set(null);
    await settle();
    expect(cached()).toEqual({});
  });

  it('empties it when another user takes the session over', async () => {
    const { sessions, cached, settle } = setup(session('u1'));
    sessions.set(session('u2'));
    await settle();
    expect(cached()).toEqual({});
  });

  it("keeps it through the same user's token refreshes and a first sign-in", async () => {
    const { sessions, cached, settle } = setup(null);
    sessions.set(session('u1'));
    sessions.set({ ...session('u1'), accessToken: 'refreshed' });
    await settle();
    expect(JSON.stringify(cached())).toContain('Noah Bennett');
  });
});
