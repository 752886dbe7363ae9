import type { AccessTokenSubject } from '@telemed/auth/access-token';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import { as, bearer, serviceToken } from './auth';
import { graphql, sqlQueryCount, subgraphUrl, type GraphQLErrorBody } from './stack';

export interface FetchEntitiesOptions {
  /**
   * Who calls (an access token is minted for them); errors are then returned
   * rather than thrown. An admin when neither this nor `headers` is given.
   */
  readonly caller?: AccessTokenSubject;
  /** The caller's headers instead, e.g. `as.patient(1)` of test/clinical.ts; `{}` for an anonymous caller. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Fields a representation carries beyond its key (what `@requires` adds), per id. */
  readonly representation?: (id: string) => Readonly<Record<string, unknown>>;
}

/**
 * Asks a subgraph for entities the way the gateway does (`_entities`, with a
 * gateway-signed service token and the caller's access token; an admin
 * unless `caller` says otherwise), and reports how many SQL statements it
 * sent to `table` to answer.
 */
export async function fetchEntities<T>(
  subgraph: SubgraphName,
  typename: string,
  ids: readonly string[],
  selection: string,
  table?: string,
  options: FetchEntitiesOptions = {},
): Promise<{ entities: (T | null)[]; queries: number; errors: readonly GraphQLErrorBody[] }> {
  const before = table ? await sqlQueryCount(subgraph, table) : 0;
  const { body } = await graphql<{ _entities: (T | null)[] }>(
    subgraphUrl(subgraph),
    `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`,
    { representations: ids.map((id) => ({ __typename: typename, id, ...options.representation?.(id) })) },
    { ...serviceToken(subgraph), ...(options.headers ?? bearer(options.caller ?? as.admin)) },
  );
  if (body.errors && !options.caller) throw new Error(JSON.stringify(body.errors));
  const after = table ? await sqlQueryCount(subgraph, table) : 0;
  return { entities: body.data?._entities ?? [], queries: after - before, errors: body.errors ?? [] };
}
