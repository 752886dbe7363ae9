/** Relay `PageInfo`, as every subgraph's connections return it. */
export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/** A Relay cursor connection (`edges { cursor node } pageInfo`). */
export interface Connection<T> {
  readonly edges: Edge<T>[];
  readonly pageInfo: PageInfo;
}

/**
 * Builds a connection from a keyset query that asked for `first + 1` rows:
 * the extra row only says whether another page follows, and is dropped.
 */
export function toConnection<T>(
  rows: readonly T[],
  page: { readonly first: number; readonly after: unknown },
  cursorOf: (row: T) => string,
): Connection<T> {
  const edges = rows.slice(0, page.first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null && page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
