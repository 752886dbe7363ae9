import { HeaderMap } from '@apollo/server';
import { persistedQueryRequestOf } from './persisted-query-gate';

const extensions = { persistedQuery: { version: 1, sha256Hash: 'abc' } };

describe('persistedQueryRequestOf', () => {
  it('reads query and extensions from a POST body', () => {
    expect(persistedQueryRequestOf({ method: 'POST', headers: new HeaderMap(), search: '', body: { extensions, variables: {} } })).toEqual({ extensions });
    expect(persistedQueryRequestOf({ method: 'POST', headers: new HeaderMap(), search: '', body: { query: '{ a }' } })).toEqual({ query: '{ a }' });
  });

  it('reads them from the search parameters of a GET', () => {
    const search = `?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    expect(persistedQueryRequestOf({ method: 'GET', headers: new HeaderMap(), search, body: undefined })).toEqual({ extensions });
    expect(persistedQueryRequestOf({ method: 'GET', headers: new HeaderMap(), search: '?query=%7Ba%7D&extensions=%7B', body: undefined })).toEqual({ query: '{a}' });
  });

  it('counts a query of any type as sent, and leaves other bodies to Apollo', () => {
    expect(persistedQueryRequestOf({ method: 'POST', headers: new HeaderMap(), search: '', body: { query: 42 } })).toEqual({ query: 42 });
    expect(persistedQueryRequestOf({ method: 'POST', headers: new HeaderMap(), search: '', body: [{ query: '{ a }' }] })).toEqual({});
  });
});
