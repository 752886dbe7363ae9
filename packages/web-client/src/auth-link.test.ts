import { ApolloLink, gql } from '@apollo/client';
import { firstValueFrom, of } from 'rxjs';
import type { AccessTokens } from './access-tokens';
import { createAuthLink } from './auth-link';

const QUERY = gql`
  query Me {
    me {
      id
    }
  }
`;

async function send(tokens: AccessTokens) {
  let seen: { headers: Record<string, string>; extensions: Record<string, unknown> } | undefined;
  const terminal = new ApolloLink((operation) => {
    seen = {
      headers: operation.getContext().headers as Record<string, string>,
      extensions: operation.extensions,
    };
    return of({ data: {} });
  });
  await firstValueFrom(
    ApolloLink.execute(
      ApolloLink.from([createAuthLink(tokens, 'doctor'), terminal]),
      { query: QUERY },
      { client: {} as never },
    ),
  );
  return seen!;
}

describe('createAuthLink', () => {
  it('adds the access token and a new correlation id per operation, in headers and extensions', async () => {
    const tokens: AccessTokens = { current: async () => 'token-1', refused: () => {} };
    const first = await send(tokens);
    const second = await send(tokens);
    expect(first.headers.authorization).toBe('Bearer token-1');
    expect(first.headers['x-correlation-id']).toMatch(/^doctor:[0-9a-f-]{36}$/);
    expect(first.extensions['x-correlation-id']).toBe(first.headers['x-correlation-id']);
    expect(second.headers['x-correlation-id']).not.toBe(first.headers['x-correlation-id']);
  });

  it('sends no Authorization when signed out', async () => {
    const seen = await send({ current: async () => null, refused: () => {} });
    expect(seen.headers.authorization).toBeUndefined();
  });
});
