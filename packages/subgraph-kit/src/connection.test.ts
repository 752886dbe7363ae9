import { toConnection } from './connection';

describe('toConnection', () => {
  const cursor = (n: number) => `c${n}`;

  it('drops the look-ahead row and says a page follows', () => {
    const page = toConnection([1, 2, 3], { first: 2, after: null }, cursor);
    expect(page.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
  });

  it('ends on a short page, and an empty one has no cursors', () => {
    expect(toConnection([1], { first: 2, after: { key: 'x', id: 'y' } }, cursor).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: 'c1',
      endCursor: 'c1',
    });
    expect(toConnection([], { first: 2, after: null }, cursor).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
