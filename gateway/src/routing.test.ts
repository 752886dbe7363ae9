import { routingUrl } from './routing';

describe('routingUrl', () => {
  it('prefers SUBGRAPH_<NAME>_URL for a topology subgraph', () => {
    expect(
      routingUrl(
        { name: 'storage', url: 'http://supergraph/graphql' },
        { SUBGRAPH_STORAGE_URL: 'http://env/graphql' },
      ),
    ).toBe('http://env/graphql');
  });

  it('falls back to the local default port, not the supergraph URL, for a topology subgraph', () => {
    expect(routingUrl({ name: 'provider', url: 'http://supergraph/graphql' }, {})).toBe(
      'http://127.0.0.1:4002/graphql',
    );
  });

  it('uses the supergraph URL for a subgraph the topology does not know', () => {
    expect(routingUrl({ name: 'inventory', url: 'http://inventory:4000/graphql' }, {})).toBe(
      'http://inventory:4000/graphql',
    );
  });

  it('lets the environment override an unknown subgraph too', () => {
    expect(
      routingUrl(
        { name: 'inventory', url: 'http://inventory:4000/graphql' },
        { SUBGRAPH_INVENTORY_URL: 'http://x/graphql' },
      ),
    ).toBe('http://x/graphql');
  });

  it('fails clearly when nothing says where an unknown subgraph is', () => {
    expect(() => routingUrl({ name: 'inventory' }, {})).toThrow(/SUBGRAPH_INVENTORY_URL/);
  });
});
