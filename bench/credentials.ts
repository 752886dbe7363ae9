import { signAccessToken } from '@telemed/auth/access-token';
import { SERVICE_TOKEN_HEADER, signServiceToken } from '@telemed/auth/service-token';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { signingKeyFile } from '@telemed/devstack/stack';

/**
 * Tokens are signed once for the whole run (the load generator repeats one
 * fixed request), so they must outlive it: a full run takes about 10 minutes.
 */
const BENCH_TOKEN_TTL_SECONDS = 60 * 60;

/** What the benchmark itself sends, as the trust chain (docs/trust-chain.md) requires. */
export interface BenchCredentials {
  /**
   * `Authorization: Bearer <access token>` of the demo admin, signed with the
   * bench stack's identity key: sent to every gateway on every request (most
   * operations read appointments, patients and payments, which need a caller).
   */
  readonly caller: Readonly<Record<string, string>>;
  /**
   * For the floors, which call a subgraph without a gateway: the caller's
   * header plus an `x-service-token` for `subgraph` signed with the gateway's
   * key, exactly what a gateway would send.
   */
  asGateway(subgraph: string): Readonly<Record<string, string>>;
}

export function benchCredentials(dataDir: string, gatewayKeyFile: string): BenchCredentials {
  const identityKey = loadSigningKeyFile(signingKeyFile(dataDir), { create: false });
  const gatewayKey = loadSigningKeyFile(gatewayKeyFile, { create: false });
  const admin = buildDemoDataset().admin;
  const caller = {
    authorization: `Bearer ${signAccessToken({ userId: admin.id, roles: ['ADMIN'] }, identityKey, BENCH_TOKEN_TTL_SECONDS)}`,
  };
  return {
    caller,
    asGateway: (subgraph) => ({
      ...caller,
      [SERVICE_TOKEN_HEADER]: signServiceToken('gateway', subgraph, gatewayKey, BENCH_TOKEN_TTL_SECONDS),
    }),
  };
}
