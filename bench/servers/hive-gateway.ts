/**
 * Hive Gateway's runtime (`createGatewayRuntime`, the code the hive-gateway
 * CLI serves) on node:http, one process, over the same supergraph and
 * subgraphs. `HIVE_DEDUPLICATION=inbound`: inbound in-flight request
 * de-duplication on, as The Guild's public gateways benchmark runs it
 * (outbound de-duplication is on by default); `off`: both off.
 *
 * What this platform requires of any gateway (docs/trust-chain.md) goes
 * through Hive's header propagation (`propagateHeaders.fromClientToSubgraphs`):
 * the caller's `Authorization` is forwarded and the gateway's `x-service-token`
 * for each subgraph added, signed with the same key ours uses
 * (`SERVICE_KEY_FILE`) and cached per audience like ours.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { serviceIdentityFromEnv } from '@telemed/auth/service-identity';
import { SERVICE_TOKEN_HEADER } from '@telemed/auth/service-token';
import { subgraphNames, subgraphUrl } from '@telemed/topology/subgraphs';
import { exitWithParent, supergraphPath } from './serve';

const mode = process.env.HIVE_DEDUPLICATION;
if (mode !== 'inbound' && mode !== 'off') throw new Error('HIVE_DEDUPLICATION must be "inbound" or "off"');
const self = serviceIdentityFromEnv('gateway', process.env);
if (!self) throw new Error('The gateway service key is missing (SERVICE_KEY_FILE or SERVICE_KEY)');

const runtime = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath(), 'utf8'),
  transportEntries: Object.fromEntries(
    subgraphNames.map((name) => [
      name,
      {
        location: subgraphUrl(name),
        ...(mode === 'off' && { options: { deduplicateInflightRequests: false } }),
      },
    ]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({
      authorization: request.headers.get('authorization'),
      [SERVICE_TOKEN_HEADER]: self.tokenFor(subgraphName),
    }),
  },
  inboundInflightRequestDeduplication: mode === 'inbound',
  logging: 'warn',
});

createServer(runtime).listen(Number(process.env.PORT), '127.0.0.1', exitWithParent);
