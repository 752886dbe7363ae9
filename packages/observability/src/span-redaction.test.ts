import { safeUrlPath, sqlWithoutLiterals } from './span-redaction';

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

describe('sqlWithoutLiterals', () => {
  it('replaces every inlined value, keeping the statement’s shape', () => {
    expect(
      sqlWithoutLiterals(
        `insert into "appointment" ("id", "reason", "fee", "t1") values ('6f0c…', 'Chest pain, it''s bad', 7500, -1.5e3) returning "id"`,
      ),
    ).toBe(`insert into "appointment" ("id", "reason", "fee", "t1") values (?, ?, ?, ?) returning "id"`);
  });

  it('handles escape strings, dollar quoting and unterminated literals', () => {
    expect(sqlWithoutLiterals(`select E'a\\'b', $$secret$$, $tag$x$tag$ from t where n = $1`)).toBe('select ?, ?, ? from t where n = $1');
    expect(sqlWithoutLiterals(`select 'cut off`)).toBe('select ?');
  });

  it('keeps placeholders and identifiers with digits', () => {
    expect(sqlWithoutLiterals('select "e0"."id" from "users" as "e0" where "e0"."id" = ? limit $2')).toBe(
      'select "e0"."id" from "users" as "e0" where "e0"."id" = ? limit $2',
    );
  });
});
