/** Persisted operations as the gateway serves them, and a way to send one by id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type PersistedOperation } from '@telemed/persisted-queries/manifest';
import type { GraphQLResult } from './stack';

export type ManifestName = 'apps' | 'partners';

/** An operation of a committed manifest, by name; throws if it is not there. */
export function persistedOperation(manifest: ManifestName, name: string): PersistedOperation {
  const path = join(__dirname, `../schema/persisted/${manifest}.manifest.json`);
  const operation = parseManifest(JSON.parse(readFileSync(path, 'utf8')) as unknown, path).operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not in ${path}`);
  return operation;
}

/**
 * POSTs an operation by persisted id (APQ protocol), optionally with a
 * query text beside it, as an APQ registration would send it.
 */
export async function graphqlById<T = Record<string, unknown>>(
  url: string,
  id: string,
  options: { variables?: Readonly<Record<string, unknown>>; headers?: Readonly<Record<string, string>>; query?: string } = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...options.headers },
    body: JSON.stringify({
      ...(options.query !== undefined && { query: options.query }),
      variables: options.variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: id } },
    }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResult<T>['body'] };
}
