import { Writable } from 'node:stream';
import pino from 'pino';
import { createMetrics } from '@telemed/observability/metrics';
import { originOf, SqlCountingLogger, tableOf } from './sql-counting-logger';

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

describe('SqlCountingLogger', () => {
  it('never logs the values of a statement, even when the ORM asks for query-params', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = new SqlCountingLogger(
      { writer: () => {}, debugMode: ['query', 'query-params'] },
      createMetrics('sql-logger-test'),
      pino({ level: 'debug' }, sink),
    );
    expect(logger.isEnabled('query')).toBe(true);
    expect(logger.isEnabled('query-params')).toBe(false);
    logger.logQuery({ query: 'update "consultation" set "notes" = $1 where "id" = $2', params: ['Patient reports chest pain', 'c-1'], correlationId: 'c' });
    expect(lines.join('')).toContain('update \\"consultation\\" set');
    expect(lines.join('')).not.toContain('chest pain');
  });
});
