import { insertByStart, insertNewestFirst } from './sorted-insert';

const at = (id: string, hour: number) => ({
  id,
  startsAt: `2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`,
});
const created = (id: string, hour: number) => ({
  id,
  createdAt: `2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`,
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

describe('insertNewestFirst', () => {
  it('puts a new notification at the top, and an older one (late delivery) in its place', () => {
    expect(insertNewestFirst([created('b', 10), created('a', 9)], created('c', 11)).map((x) => x.id)).toEqual(
      ['c', 'b', 'a'],
    );
    expect(insertNewestFirst([created('c', 11), created('a', 9)], created('b', 10)).map((x) => x.id)).toEqual(
      ['c', 'b', 'a'],
    );
    expect(insertNewestFirst([created('b', 10)], created('a', 9)).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('leaves the list alone when the notification is already in it', () => {
    const list = [created('b', 10), created('a', 9)];
    expect(insertNewestFirst(list, created('a', 9))).toBe(list);
  });
});
