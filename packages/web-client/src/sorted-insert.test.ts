import { insertByStart, insertNewestFirst, withoutId } from './sorted-insert';

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

  it('leaves the list alone when a listed item is still in its place (the cache updated it by id)', () => {
    const list = [at('a', 9), at('b', 10), at('c', 11)];
    expect(insertByStart(list, at('b', 10))).toBe(list);
    expect(insertByStart(list, { ...at('b', 10), startsAt: '2026-12-01T10:30:00.000Z' })).toBe(list);
  });

  it('moves a rescheduled item to its new place, once', () => {
    const list = [at('a', 9), at('b', 10), at('c', 11)];
    expect(insertByStart(list, at('a', 12)).map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(insertByStart(list, at('c', 8)).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps items with equal starts in their order when one of them changes otherwise', () => {
    const list = [at('a', 9), at('b', 9)];
    expect(insertByStart(list, at('a', 9))).toBe(list);
  });
});

describe('withoutId', () => {
  it('removes the item with the id, and returns the same list when there is none', () => {
    const list = [at('a', 9), at('b', 10)];
    expect(withoutId(list, 'a').map((x) => x.id)).toEqual(['b']);
    expect(withoutId(list, 'z')).toBe(list);
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
