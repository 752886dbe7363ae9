import { parse } from 'graphql';
import { persistedQueryIdOf } from './persisted-query-link';
import { persistedQueryIds } from './persisted-query-ids';

describe('persistedQueryIdOf', () => {
  it('finds an operation’s id in the apps’ manifest by its name', () => {
    expect(persistedQueryIdOf(parse('mutation Login { login { __typename } }'))).toBe(persistedQueryIds.Login);
    expect(persistedQueryIdOf(parse('query Q { a }'), { Q: 'abc' })).toBe('abc');
  });

  it('fails for an operation the manifest does not list, rather than sending its text', () => {
    expect(() => persistedQueryIdOf(parse('query NotInTheManifest { a }'))).toThrow('NotInTheManifest is not in the apps');
    expect(() => persistedQueryIdOf(parse('{ a }'))).toThrow('(anonymous)');
  });
});
