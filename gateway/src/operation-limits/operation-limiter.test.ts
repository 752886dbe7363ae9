import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { DEFAULT_OPERATION_LIMITS } from './limits';
import { createOperationLimiter, QUERY_TOO_COMPLEX, refusalError } from './operation-limiter';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));
const limiter = createOperationLimiter(DEFAULT_OPERATION_LIMITS);

function check(query: string, variables?: Record<string, unknown>) {
  const document = parse(query, limiter.parseOptions);
  return limiter.check({ schema, document, operation: getOperationAST(document)!, ...(variables && { variables }) });
}

/** `clinics { doctors { clinic { doctors ... } } }`, `depth` fields deep. */
function nestedClinics(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 1; level--) selection = `${level === 1 ? 'clinics' : level % 2 === 0 ? 'doctors' : 'clinic'} { ${selection} }`;
  return `{ ${selection} }`;
}

describe('operation limiter', () => {
  it('lets an ordinary operation through', () => {
    expect(check('{ doctors(first: 20) { id name clinic { name } } }')).toBeUndefined();
  });

  it('refuses depth 12 (graphql-armor), through fragments too', () => {
    expect(check(nestedClinics(12))).toEqual({ limit: 'depth', max: 10, actual: 12 });
    expect(check(nestedClinics(10))).not.toMatchObject({ limit: 'depth' });
    const viaFragment = `{ clinics { doctors { ...D } } } fragment D on Doctor { clinic { doctors { clinic { doctors { clinic { doctors { clinic { doctors { id } } } } } } } } }`;
    expect(check(viaFragment)).toMatchObject({ limit: 'depth' });
  });

  it('refuses more than 15 aliases', () => {
    const aliases = (n: number) => `{ doctor(id: "1") { ${Array.from({ length: n }, (_, i) => `a${i}: name`).join(' ')} } }`;
    expect(check(aliases(15))).toBeUndefined();
    expect(check(aliases(16))).toEqual({ limit: 'aliases', max: 15, actual: 16 });
  });

  it('refuses more than 10 directives', () => {
    const directives = (n: number) => `{ doctor(id: "1") { ${Array.from({ length: n }, () => 'id @include(if: true)').join(' ')} } }`;
    expect(check(directives(10))).toBeUndefined();
    expect(check(directives(11))).toMatchObject({ limit: 'directives', max: 10 });
  });

  it('refuses more than 10 root fields, fragments included', () => {
    const roots = ['me { id }', 'appointment(id: "1") { id }', 'consultation(id: "1") { id }', 'patient(id: "1") { id }', 'user(id: "1") { id }', 'payment(id: "1") { id }', 'doctor(id: "1") { id }', 'clinic(id: "1") { id }', 'file(id: "1") { id }', 'apiKeys { id }'];
    expect(check(`{ __typename ...R } fragment R on Query { ${roots.join(' ')} }`)).toBeUndefined();
    expect(check(`{ ...R } fragment R on Query { ${roots.join(' ')} devMailbox(first: 1) { subject } }`)).toEqual({ limit: 'rootFields', max: 10, actual: 11 });
  });

  it('refuses over-cost operations, with variables as sent', () => {
    const slots = 'query($from: DateTime!, $to: DateTime!) { doctors(first: 100) { availableSlots(from: $from, to: $to) { startsAt } } }';
    expect(check(slots, { from: '2030-01-01T00:00:00Z', to: '2030-01-01T12:00:00Z' })).toBeUndefined();
    expect(check(slots, { from: '2030-01-01T00:00:00Z', to: '2030-01-31T00:00:00Z' })).toMatchObject({ limit: 'cost', max: 10_000 });
    expect(check('query($n: Int) { doctors(first: $n) { appointments(first: $n) { id } } }', { n: 100 })).toMatchObject({ limit: 'cost' });
  });

  it('stops the parser at the token limit and tells that from a syntax error', () => {
    const huge = `{ doctor(id: "1") { ${'id '.repeat(2100)} } }`;
    expect(() => parse(huge, limiter.parseOptions)).toThrow(/tokens/);
    expect(limiter.overTokenLimit(huge)).toBe(true);
    expect(limiter.overTokenLimit('{ doctor(id: "1") { id ')).toBe(false);
    expect(limiter.overTokenLimit('{ doctor(id: "1") { id } } # comments do not count')).toBe(false);
  });

  it('caches verdicts per document and still costs variables per request', () => {
    const document = parse('query($n: Int) { doctors(first: $n) { appointments(first: 100) { id } } }');
    const operation = getOperationAST(document)!;
    expect(limiter.check({ schema, document, operation, variables: { n: 1 } })).toBeUndefined();
    expect(limiter.check({ schema, document, operation, variables: { n: 100 } })).toMatchObject({ limit: 'cost' });
  });

  it('answers with QUERY_TOO_COMPLEX, the limit and HTTP 400 (none over graphql-ws)', () => {
    const error = refusalError({ limit: 'depth', max: 10, actual: 12 });
    expect(error.extensions).toEqual({ code: QUERY_TOO_COMPLEX, limit: 'depth', max: 10, actual: 12, http: { status: 400 } });
    expect(error.message).toBe("The operation is over the gateway's depth limit of 10 (12)");
    expect(refusalError({ limit: 'cost', max: 1 }, false).extensions).not.toHaveProperty('http');
  });
});
