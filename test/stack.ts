/**
 * What integration tests need to reach the shared test stack that Jest's
 * global setup started.
 */
import { readFileSync } from 'node:fs';
import { subgraphUrlVariable, type SubgraphName } from '@telemed/topology/subgraphs';
import { sampleSum } from '@telemed/devstack/prometheus';
import { testStackFile, type TestStackInfo } from './stack-file';

/** The gateway's GraphQL endpoint. */
export function gatewayUrl(): string {
  return process.env.GATEWAY_URL ?? stackFile().gatewayUrl;
}

/** A subgraph's GraphQL endpoint (it refuses requests without a service token). */
export function subgraphUrl(name: SubgraphName): string {
  return process.env[subgraphUrlVariable(name)] ?? stackFile().subgraphUrls[name];
}

export interface GraphQLErrorBody {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface GraphQLBody<T> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLErrorBody[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface GraphQLResult<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: GraphQLBody<T>;
}

/**
 * POSTs one operation. Sends `apollo-require-preflight`, as the apps do, so
 * CSRF prevention lets it through; `headers` adds or overrides (Authorization,
 * x-correlation-id, ...).
 */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Readonly<Record<string, unknown>>,
  headers?: Readonly<Record<string, string>>,
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLBody<T> };
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}

/**
 * How many SQL statements a subgraph has sent for `table` since it started
 * (`sql_queries_total` on its `/metrics`). Read it before and after a request
 * to count that request's queries (tests run in band, so nothing else adds).
 */
export async function sqlQueryCount(name: SubgraphName, table: string): Promise<number> {
  const url = new URL('/metrics', subgraphUrl(name));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return sampleSum(await response.text(), 'sql_queries_total', { table });
}

let cached: TestStackInfo | undefined;

function stackFile(): TestStackInfo {
  if (cached) return cached;
  try {
    cached = JSON.parse(readFileSync(testStackFile, 'utf8')) as TestStackInfo;
    return cached;
  } catch {
    throw new Error(
      `No test stack: neither GATEWAY_URL nor ${testStackFile} is set; run the tests through Jest (npm test)`,
    );
  }
}
