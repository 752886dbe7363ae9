import { decodeCursor, encodeCursor, pageSize, parseId } from './arguments';
import { BadUserInputError } from './errors';

describe('arguments', () => {
  it('accepts UUIDs and names the field of a bad one', () => {
    expect(parseId('6F9619FF-8B86-D011-B42D-00C04FC964FF')).toBe('6f9619ff-8b86-d011-b42d-00c04fc964ff');
    expect(() => parseId('42', 'doctorId')).toThrow(BadUserInputError);
    try {
      parseId('x', 'doctorId');
    } catch (error) {
      expect((error as BadUserInputError).extensions).toEqual({ field: 'doctorId' });
    }
  });

  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow('"first" must be between 1 and 100');
    expect(() => pageSize(101)).toThrow(BadUserInputError);
  });

  it('round-trips cursors and refuses forged ones', () => {
    const id = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
    expect(decodeCursor(encodeCursor('2026-11-23T09:00:00.000Z', id))).toEqual({ key: '2026-11-23T09:00:00.000Z', id });
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('not-a-cursor')).toThrow('"after" is not a valid cursor');
  });
});
