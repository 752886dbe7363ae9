import { z } from 'zod';
import { BadUserInputError } from './errors';
import { InvalidInputError, parseInput } from './validation';

describe('parseInput', () => {
  const Input = z.object({
    vitals: z.object({ heartRateBpm: z.number().int().min(20, 'must be at least 20 bpm').optional() }),
    prescriptions: z.array(z.object({ drug: z.string().min(1, 'is required') })).optional(),
  });

  it('returns the parsed value', () => {
    expect(parseInput(Input, { vitals: { heartRateBpm: 72 } })).toEqual({ vitals: { heartRateBpm: 72 } });
  });

  it('answers BAD_USER_INPUT naming the field path from the argument down', () => {
    let caught: unknown;
    try {
      parseInput(Input, { vitals: { heartRateBpm: 5 }, prescriptions: [{ drug: 'x' }, { drug: '' }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadUserInputError);
    expect(caught).toBeInstanceOf(InvalidInputError);
    const error = caught as InvalidInputError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('"input.vitals.heartRateBpm": must be at least 20 bpm');
    expect(error.extensions).toEqual({
      field: 'input.vitals.heartRateBpm',
      issues: [
        { field: 'input.vitals.heartRateBpm', message: 'must be at least 20 bpm' },
        { field: 'input.prescriptions.1.drug', message: 'is required' },
      ],
    });
  });

  it('roots paths at the argument it is given', () => {
    expect(() => parseInput(z.string().uuid(), 'x', 'doctorId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'doctorId' }) }));
  });
});
