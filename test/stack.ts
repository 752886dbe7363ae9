/**
 * What integration tests need to reach the shared test stack that Jest's
 * global setup started.
 */
import { readFileSync } from 'node:fs';
import { subgraphUrlVariable, type SubgraphName } from '@telemed/topology/subgraphs';
import { sampleSum } from '@telemed/devstack/prometheus';
import { testStackFile, type TestStackInfo } from './stack-file';

/** Every gateway replica of the test stack. */
export function gatewayUrls(): readonly string[] {
  return stackFile().gatewayUrls;
}

/** The first gateway's operations listener (`/readyz`, `/metrics`; the public port serves neither). */
export function gatewayOpsUrl(): string {
  return stackFile().gatewayOpsUrls[0]!;
}

/** The second appointment process; the second gateway routes to it. */
export function appointmentReplicaUrl(): string {
  return stackFile().appointmentReplicaUrl;
}

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
 * How many SQL statements a subgraph has sent for `table` on behalf of
 * requests since it started (`sql_queries_total{origin="request"}` on its
 * `/metrics`). Read it before and after a request to count that request's
 * queries: tests run in band, and event handlers, the outbox relay and
 * workers count under their own origins.
 */
export async function sqlQueryCount(name: SubgraphName, table: string): Promise<number> {
  const url = new URL('/metrics', subgraphUrl(name));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return sampleSum(await response.text(), 'sql_queries_total', { table, origin: 'request' });
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

/** EVENT_NAMESPACE of the stack's services: subjects are `<namespace>.<type>`. */
export function eventNamespace(): string {
  return process.env.EVENT_NAMESPACE ?? stackFile().eventNamespace;
}

/** The stack's NATS server. */
export function natsUrl(): string {
  return process.env.NATS_URL ?? stackFile().natsUrl;
}

/** Whether the stack runs its own nats-server, which tests may stop and start. */
export function natsControllable(): boolean {
  const fromEnv = process.env.TEST_STACK_NATS_CONTROLLABLE;
  return fromEnv ? fromEnv === 'true' : stackFile().natsControllable;
}

async function control(path: string): Promise<void> {
  const base = process.env.TEST_STACK_CONTROL_URL ?? stackFile().controlUrl;
  const response = await fetch(new URL(path, base), { method: 'POST' });
  if (!response.ok) throw new Error(`stack control ${path} answered ${response.status}: ${await response.text()}`);
}

/** Stops the stack's nats-server; services keep running and keep reconnecting. */
export const stopNats = () => control('/nats/stop');
/** Starts it again, same port and store; resolves once it takes JetStream requests. */
export const startNats = () => control('/nats/start');
/** SIGKILLs one service of the stack, as a crash would. */
export const killService = (name: SubgraphName | 'gateway') => control(`/services/${name}/kill`);
/** Starts a killed service again through the stack's supervisor; resolves once healthy. */
export const restartService = (name: SubgraphName | 'gateway') => control(`/services/${name}/restart`);
