import { subgraphNames } from '@telemed/topology/subgraphs';
import { gatewayUrl, graphql, sqlQueryCount, subgraphUrl } from './stack';

// The harness itself: every integration test relies on these helpers.
describe('test stack', () => {
  it('answers through the gateway', async () => {
    const { status, body } = await graphql<{ __typename: string }>(gatewayUrl(), '{ __typename }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.__typename).toBe('Query');
  });

  it.each(subgraphNames)('runs %s on its own port, healthy', async (name) => {
    const url = new URL(subgraphUrl(name));
    expect(url.port).not.toBe('');
    const response = await fetch(new URL('/healthz', url));
    expect(response.status).toBe(200);
  });

  it('reads SQL query counters from a subgraph', async () => {
    const count = await sqlQueryCount('identity', 'no_such_table');
    expect(count).toBe(0);
  });
});
