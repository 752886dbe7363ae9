import type { SubgraphName } from '@telemed/topology/subgraphs';
import { graphql, sqlQueryCount, subgraphUrl } from './stack';

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
): Promise<{ entities: (T | null)[]; queries: number }> {
  const before = table ? await sqlQueryCount(subgraph, table) : 0;
  const { body } = await graphql<{ _entities: (T | null)[] }>(
    subgraphUrl(subgraph),
    `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id })) },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const after = table ? await sqlQueryCount(subgraph, table) : 0;
  return { entities: body.data!._entities, queries: after - before };
}
