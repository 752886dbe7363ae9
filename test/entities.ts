import type { SubgraphName } from '@telemed/topology/subgraphs';
import { graphql, sqlQueryCount, subgraphUrl } from './stack';

export interface FetchEntitiesOptions {
  /** Headers to send, e.g. a caller's `Authorization` for entities only some may read. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Fields a representation carries beyond its key (what `@requires` adds), per id. */
  readonly representation?: (id: string) => Readonly<Record<string, unknown>>;
}

/**
 * Asks a subgraph for entities the way the gateway does (`_entities`), and
 * reports how many SQL statements it sent to `table` to answer.
 */
export async function fetchEntities<T>(
  subgraph: SubgraphName,
  typename: string,
  ids: readonly string[],
  selection: string,
  table?: string,
  options: FetchEntitiesOptions = {},
): Promise<{ entities: (T | null)[]; queries: number }> {
  const before = table ? await sqlQueryCount(subgraph, table) : 0;
  const { body } = await graphql<{ _entities: (T | null)[] }>(
    subgraphUrl(subgraph),
    `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id, ...options.representation?.(id) })) },
    options.headers,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const after = table ? await sqlQueryCount(subgraph, table) : 0;
  return { entities: body.data!._entities, queries: after - before };
}
