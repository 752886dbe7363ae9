import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { firstValueFrom, of } from 'rxjs';
import type { AccessTokens } from './access-tokens';
import { createAuthLink } from './auth-link';
import { createUnauthenticatedRetryLink } from './unauthenticated-retry-link';

const QUERY = gql`
  query Me {
    me {
      id
    }
  }
`;
// ErrorLink reads the client's incremental-delivery handler, so the execution needs a real client.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
const REFUSED = { errors: [{ message: 'Access token revoked', extensions: { code: 'UNAUTHENTICATED' } }] };

/** Tokens that hand out `first` until refused, then `second`. */
function tokens(first: string, second: string): AccessTokens & { refusals: number } {
  let refused = false;
  return {
    refusals: 0,
    current: async () => (refused ? second : first),
    refused() {
      refused = true;
      this.refusals++;
    },
  };
}

async function run(answer: (authorization: string) => ApolloLink.Result, t: AccessTokens) {
  const sent: string[] = [];
  const gateway = new ApolloLink((operation) => {
    const authorization = (operation.getContext().headers as Record<string, string>).authorization!;
    sent.push(authorization);
    return of(answer(authorization));
  });
  const link = ApolloLink.from([createUnauthenticatedRetryLink(t), createAuthLink(t, 'doctor'), gateway]);
  const result = await firstValueFrom(ApolloLink.execute(link, { query: QUERY }, { client }));
  return { sent, result };
}

describe('createUnauthenticatedRetryLink', () => {
  it('refreshes and sends again once when the gateway refuses the token', async () => {
    const t = tokens('old', 'new');
    const { sent, result } = await run(
      (auth) => (auth === 'Bearer old' ? REFUSED : { data: { me: { id: 'u' } } }),
      t,
    );
    expect(sent).toEqual(['Bearer old', 'Bearer new']);
    expect(t.refusals).toBe(1);
    expect(result.data).toEqual({ me: { id: 'u' } });
  });

  it('lets a second refusal through rather than loop', async () => {
    const t = tokens('old', 'new');
    const { sent, result } = await run(() => REFUSED, t);
    expect(sent).toEqual(['Bearer old', 'Bearer new']);
    expect(t.refusals).toBe(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('leaves other errors alone', async () => {
    const t = tokens('old', 'new');
    const forbidden = { errors: [{ message: 'Not yours', extensions: { code: 'FORBIDDEN' } }] };
    const { sent } = await run(() => forbidden, t);
    expect(sent).toEqual(['Bearer old']);
    expect(t.refusals).toBe(0);
  });
});
