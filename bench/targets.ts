import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@telemed/devstack/repo-root';

/** Every server the report has a row for. */
export type TargetId =
  'ours' | 'ours-no-limits' | 'ours-no-dedup' | 'apollo' | 'hive-dedup' | 'hive-no-dedup' | 'direct' | 'proxy' | 'ceiling';

/** A gateway the benchmark starts as its own process over the committed supergraph. */
export interface GatewayTarget {
  readonly id: TargetId;
  readonly label: string;
  /** Entry file, relative to the repository root. */
  readonly entry: string;
  /** Added to the environment every gateway gets (`NODE_ENV=production`, `LOG_LEVEL=warn`, subgraph URLs, the gateway's service key). */
  readonly env: Readonly<Record<string, string>>;
  /** Our configurations this one is compared with, first the like-for-like one. */
  readonly versus: readonly TargetId[];
}

const ourGateway = 'gateway/src/index.ts';
const ourDedupOff = { GATEWAY_DEDUPE_REQUESTS: 'false', GATEWAY_DEDUPE_SUBGRAPH_FETCHES: 'false' };

/** The gateways, in the order each round runs them. */
export const gatewayTargets: readonly GatewayTarget[] = [
  { id: 'ours', label: 'ours, de-dup on (default)', entry: ourGateway, env: {}, versus: [] },
  {
    id: 'ours-no-limits',
    label: 'ours, de-dup on, operation limits off (their cost: the default row against this one)',
    entry: 'bench/servers/gateway-without-limits.ts',
    env: {},
    versus: ['ours'],
  },
  { id: 'ours-no-dedup', label: 'ours, de-dup off', entry: ourGateway, env: ourDedupOff, versus: [] },
  {
    id: 'apollo',
    label: `@apollo/gateway ${version('@apollo/gateway')}, Apollo Server ${version('@apollo/server')} standalone`,
    entry: 'bench/servers/apollo-gateway.ts',
    env: {},
    // It de-duplicates nothing: like for like is ours with de-dup off.
    versus: ['ours-no-dedup', 'ours'],
  },
  {
    id: 'hive-dedup',
    label: `Hive Gateway ${version('@graphql-hive/gateway-runtime')}, inbound de-dup on`,
    entry: 'bench/servers/hive-gateway.ts',
    // Hive prints MaxListenersExceededWarning (AbortSignal listeners) under load; kept out of the output.
    env: { HIVE_DEDUPLICATION: 'inbound', NODE_NO_WARNINGS: '1' },
    versus: ['ours'],
  },
  {
    id: 'hive-no-dedup',
    label: `Hive Gateway ${version('@graphql-hive/gateway-runtime')}, all de-dup off`,
    entry: 'bench/servers/hive-gateway.ts',
    env: { HIVE_DEDUPLICATION: 'off', NODE_NO_WARNINGS: '1' },
    versus: ['ours-no-dedup'],
  },
];

export const ceilingEntry = 'bench/servers/fixed-json.ts';
export const proxyEntry = 'bench/servers/pass-through.ts';

/** Labels of the two floors. */
export function floorLabel(id: 'direct' | 'proxy' | 'ceiling', subgraph?: string): string {
  switch (id) {
    case 'direct':
      return `floor: root fetch straight to the \`${subgraph}\` subgraph`;
    case 'proxy':
      return 'floor: the same through a bare Node pass-through (one more hop, no GraphQL)';
    case 'ceiling':
      return 'ceiling: bare node:http, fixed JSON';
  }
}

function version(name: string): string {
  const file = join(repoRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
