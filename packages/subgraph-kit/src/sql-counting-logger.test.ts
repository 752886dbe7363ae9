import { originOf, tableOf } from './sql-counting-logger';

describe('tableOf', () => {
  it('finds the first table of each kind of statement', () => {
    expect(tableOf('select "d0".* from "doctor" as "d0" where "d0"."id" in (?)')).toBe('doctor');
    expect(tableOf('insert into "appointment" ("id") values ($1)')).toBe('appointment');
    expect(tableOf('update "public"."payment" set "status" = $1')).toBe('payment');
    expect(tableOf('begin')).toBe('other');
  });

  it('tells requests from background work', () => {
    expect(originOf({ correlationId: 'c' })).toBe('request');
    expect(originOf({ correlationId: 'c', origin: 'event' })).toBe('event');
    expect(originOf({})).toBe('internal');
  });
});
