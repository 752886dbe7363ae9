import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { DEFAULT_LIST_SIZE, FIELD_WEIGHTS } from './cost-weights';
import { DEFAULT_OPERATION_LIMITS } from './limits';
import { createOperationLimiter } from './operation-limiter';

const schema = buildSchema(readFileSync(join(__dirname, '../../../schema/api.graphql'), 'utf8'));
const limiter = createOperationLimiter(DEFAULT_OPERATION_LIMITS);

function costOf(query: string, variables?: Record<string, unknown>, worstCase = false): number {
  const document = parse(query);
  return limiter.cost({ schema, document, operation: getOperationAST(document)!, ...(variables && { variables }), worstCase });
}

describe('cost weights', () => {
  it('every weight names a field of the API schema', () => {
    for (const key of Object.keys(FIELD_WEIGHTS)) {
      const [type, field] = key.split('.') as [string, string];
      const named = schema.getType(type);
      expect({ key, found: Boolean(named && 'getFields' in named && named.getFields()[field]) }).toEqual({ key, found: true });
    }
  });

  it('costs objects 1 and scalars 0', () => {
    expect(costOf('{ doctor(id: "1") { id name } }')).toBe(1);
    expect(costOf('{ doctor(id: "1") { id clinic { name } } }')).toBe(2);
  });

  it('multiplies a paged list by its page size, the schema default when absent', () => {
    expect(costOf('{ doctors(first: 5) { id } }')).toBe(5);
    expect(costOf('{ doctors { id } }')).toBe(20);
    expect(costOf('{ doctors(first: 5) { clinic { name } } }')).toBe(10);
  });

  it('reads page sizes from variables', () => {
    expect(costOf('query($n: Int) { doctors(first: $n) { id } }', { n: 7 })).toBe(7);
    expect(costOf('query($n: Int = 3) { doctors(first: $n) { id } }')).toBe(3);
  });

  it('sizes a connection by its first argument, not its edges again', () => {
    expect(costOf('{ doctorSearch(first: 10) { edges { node { id } } } }')).toBe(10 * (1 + 1 + 1));
  });

  it('weights unpaged lists: clinics and each clinic\'s doctors', () => {
    const clinics = FIELD_WEIGHTS['Query.clinics']!.size as { size: number };
    const doctors = FIELD_WEIGHTS['Clinic.doctors']! as { cost: number; size: { size: number } };
    expect(costOf('{ clinics { id } }')).toBe(clinics.size);
    expect(costOf('{ clinics { doctors { id } } }')).toBe(clinics.size * (1 + doctors.size.size * doctors.cost));
    // The nesting the weights are for grows by orders of magnitude per level.
    expect(costOf('{ clinics { doctors { clinic { doctors { id } } } } }')).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
  });

  it('costs availableSlots by the days of its range', () => {
    const oneDay = costOf('{ doctor(id: "1") { availableSlots(from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") { startsAt } } }');
    const week = costOf('{ doctor(id: "1") { availableSlots(from: "2030-01-01T00:00:00Z", to: "2030-01-08T00:00:00Z") { startsAt } } }');
    expect(week - 1).toBe(7 * (oneDay - 1));
    const unparsable = costOf('{ doctor(id: "1") { availableSlots(from: "soon", to: "later") { startsAt } } }');
    expect(unparsable - 1).toBe(31 * (oneDay - 1));
  });

  it('counts other lists as DEFAULT_LIST_SIZE', () => {
    expect(costOf('{ doctor(id: "1") { workingHours { day } } }')).toBe(1 + DEFAULT_LIST_SIZE);
  });

  it('in worst-case mode takes sizes from variables at their maximum', () => {
    expect(costOf('query($n: Int = 3) { doctors(first: $n) { id } }', undefined, true)).toBe(100);
    const slots = 'query($from: DateTime!, $to: DateTime!) { doctor(id: "1") { availableSlots(from: $from, to: $to) { startsAt } } }';
    expect(costOf(slots, undefined, true)).toBe(1 + 31 * 16);
    // Literal sizes stay what they say.
    expect(costOf('{ doctors(first: 4) { id } }', undefined, true)).toBe(4);
  });

  it('leaves introspection alone', () => {
    expect(costOf('{ __typename doctors(first: 2) { __typename id } }')).toBe(2);
  });
});
