import { cacheHint } from './subgraph-data-source';

describe('cacheHint', () => {
  it('reads max-age and scope the way RemoteGraphQLDataSource does', () => {
    expect(cacheHint('max-age=60, private')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(cacheHint('public, max-age="30"')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it('makes an answer without a usable max-age uncacheable', () => {
    expect(cacheHint(null)).toEqual({ maxAge: 0 });
    expect(cacheHint('no-store')).toEqual({ maxAge: 0 });
    expect(cacheHint('max-age=soon')).toEqual({ maxAge: 0 });
  });
});
