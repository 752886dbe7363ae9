import { ApolloLink, gql } from '@apollo/client';
import { firstValueFrom, of } from 'rxjs';
import { isSubscription } from './operation-kind';

const SUBSCRIPTION = gql`
  subscription Live($id: ID!) {
    consultationUpdated(appointmentId: $id) {
      id
    }
  }
`;
const QUERY = gql`
  query Schedule {
    appointments {
      id
    }
  }
`;
const MUTATION = gql`
  mutation Start($id: ID!) {
    startAppointment(id: $id) {
      id
    }
  }
`;

describe('isSubscription', () => {
  it('sends subscriptions to the WebSocket and the rest over HTTP', () => {
    expect(isSubscription(SUBSCRIPTION)).toBe(true);
    expect(isSubscription(QUERY)).toBe(false);
    expect(isSubscription(MUTATION)).toBe(false);
  });

  it('splits a link chain that way', async () => {
    const ws = new ApolloLink(() => of({ data: { via: 'ws' } }));
    const http = new ApolloLink(() => of({ data: { via: 'http' } }));
    const link = ApolloLink.split(({ query }) => isSubscription(query), ws, http);
    const via = async (query: typeof QUERY) =>
      (await firstValueFrom(ApolloLink.execute(link, { query }, { client: {} as never })))?.data;
    expect(await via(SUBSCRIPTION)).toEqual({ via: 'ws' });
    expect(await via(QUERY)).toEqual({ via: 'http' });
    expect(await via(MUTATION)).toEqual({ via: 'http' });
  });
});
