import { join } from 'node:path';
import type { SubgraphName } from '@telemed/topology/subgraphs';
import { repoRoot } from '@telemed/devstack/repo-root';

/** Where the test stack keeps its PostgreSQL cluster and NATS store, apart from `npm start`'s. */
export const testStackDataDir = join(repoRoot, '.data', 'test');

/** Written by global setup while the test stack runs. */
export const testStackFile = join(repoRoot, '.data', 'test-stack.json');

export interface TestStackInfo {
  readonly gatewayUrl: string;
  /** Every gateway replica of the test stack (two), the first being `gatewayUrl`. */
  readonly gatewayUrls: readonly string[];
  /** Each gateway's operations listener (`/readyz`, `/metrics`), in the order of `gatewayUrls`. */
  readonly gatewayOpsUrls: readonly string[];
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  /** The second appointment process, behind the second gateway. */
  readonly appointmentReplicaUrl: string;
  readonly databaseUrl: string;
  readonly databasePrefix: string;
  readonly natsUrl: string;
  /** `NATS_USER` / `NATS_PASSWORD` (or `NATS_CREDS`) of that server; empty when it takes anyone. */
  readonly natsAuth: Readonly<Record<string, string>>;
  /** EVENT_NAMESPACE of the stack's services. */
  readonly eventNamespace: string;
  /** Whether tests may stop and start NATS (the stack runs its own nats-server). */
  readonly natsControllable: boolean;
  /** Base URL of the stack control endpoint (test/stack-control.ts). */
  readonly controlUrl: string;
}
