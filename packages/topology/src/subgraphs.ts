/**
 * The one list of subgraphs. Composition, codegen, the gateway's service
 * discovery, the dev stack and the test stack all read it, so adding a
 * subgraph is one line here plus the subgraph's own folder.
 */
export interface SubgraphInfo {
  /** Subgraph name as it appears in the supergraph's `join__Graph` enum (lower case). */
  readonly name: SubgraphName;
  /** Default local port; `SUBGRAPH_<NAME>_URL` overrides the whole URL. */
  readonly port: number;
}

export const subgraphNames = ['identity', 'provider', 'appointment', 'payment', 'analytics', 'storage'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export const subgraphs: readonly SubgraphInfo[] = [
  { name: 'identity', port: 4001 },
  { name: 'provider', port: 4002 },
  { name: 'appointment', port: 4003 },
  { name: 'payment', port: 4004 },
  { name: 'analytics', port: 4005 },
  { name: 'storage', port: 4006 },
];

export const GATEWAY_PORT = 4000;
/** The gateway's operations port (`/readyz`, `/metrics`): never published, read by probes and scrapers. */
export const GATEWAY_OPS_PORT = 4090;

/** Environment variable that overrides a subgraph's routing URL (service discovery). */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_${name.toUpperCase()}_URL`;
}

/** Routing URL of a subgraph: `SUBGRAPH_<NAME>_URL`, else the local default port. */
export function subgraphUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[subgraphUrlVariable(name)];
  if (fromEnv) return fromEnv;
  const info = subgraphs.find((s) => s.name === name);
  if (!info) throw new Error(`Unknown subgraph "${name}"`);
  return `http://127.0.0.1:${info.port}/graphql`;
}

/** Path of a subgraph's SDL file, relative to the repository root. */
export function subgraphSchemaPath(name: string): string {
  return `subgraphs/${name}/schema.graphql`;
}
