import { insertByStart } from './sorted-insert';

const at = (id: string, hour: number) => ({
  id,
  startsAt: `2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`,
});

describe('insertByStart', () => {
  it('inserts a new item in start order', () => {
    expect(insertByStart([at('a', 9), at('c', 11)], at('b', 10)).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(insertByStart([at('a', 9)], at('z', 23)).map((x) => x.id)).toEqual(['a', 'z']);
    expect(insertByStart([], at('a', 9)).map((x) => x.id)).toEqual(['a']);
  });

  it('leaves the list alone when the item is already in it (the cache updated it by id)', () => {
    const list = [at('a', 9), at('b', 10)];
    expect(insertByStart(list, at('b', 12))).toBe(list);
  });
});
