import { safeUrlPath } from './span-redaction';

describe('safeUrlPath', () => {
  it('drops the query, which may carry GraphQL variables', () => {
    expect(safeUrlPath('/graphql?query=%7Bme%7D&variables=%7B%22ssn%22%3A1%7D')).toBe('/graphql');
    expect(safeUrlPath('http://127.0.0.1:4003/graphql?x=1#frag')).toBe('http://127.0.0.1:4003/graphql');
  });

  it('hides file-link tokens, keeping the origin', () => {
    expect(safeUrlPath('/files/eyJhbGciOi.secret.sig')).toBe('/files/{token}');
    expect(safeUrlPath('http://storage:4006/files/abc?download=1')).toBe('http://storage:4006/files/{token}');
    expect(safeUrlPath('/files/')).toBe('/files/');
  });

  it('keeps ordinary paths', () => {
    expect(safeUrlPath('/graphql')).toBe('/graphql');
    expect(safeUrlPath('http://gateway:4000')).toBe('http://gateway:4000/');
  });
});
