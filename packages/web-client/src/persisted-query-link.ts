import type { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getOperationAST, type DocumentNode } from 'graphql';
import { persistedQueryIds } from './persisted-query-ids';

/**
 * The id of an operation in the apps' persisted-query manifest, by its
 * name (the manifest generator refuses duplicate names). An operation missing
 * there is a build mistake (`npm run persisted` not run), so it fails loudly
 * rather than falling back to sending the query, which production refuses.
 */
export function persistedQueryIdOf(document: DocumentNode, ids: Readonly<Record<string, string>> = persistedQueryIds): string {
  const name = getOperationAST(document)?.name?.value;
  const id = name === undefined ? undefined : ids[name];
  if (id === undefined)
    throw new Error(`Operation ${name ?? '(anonymous)'} is not in the apps' persisted-query manifest; run \`npm run persisted\``);
  return id;
}

/**
 * Sends each HTTP operation as its persisted id (APQ protocol,
 * `extensions.persistedQuery.sha256Hash`) and never its text: no retry with
 * the full query when the gateway does not know the id, and no switching
 * persisted queries off, since the gateway does not register queries.
 */
export function createPersistedQueryLink(): ApolloLink {
  return new PersistedQueryLink({
    generateHash: (document) => persistedQueryIdOf(document),
    retry: () => false,
    disable: () => false,
  });
}
