/**
 * Hive Gateway's runtime (`createGatewayRuntime`, the code the hive-gateway
 * CLI serves) on node:http, one process, over the same supergraph and
 * subgraphs. `HIVE_DEDUPLICATION=inbound`: inbound in-flight request
 * de-duplication on, as The Guild's public gateways benchmark runs it
 * (outbound de-duplication is on by default); `off`: both off.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { subgraphNames, subgraphUrl } from '@telemed/topology/subgraphs';
import { exitWithParent, supergraphPath } from './serve';

const mode = process.env.HIVE_DEDUPLICATION;
if (mode !== 'inbound' && mode !== 'off') throw new Error('HIVE_DEDUPLICATION must be "inbound" or "off"');

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
  inboundInflightRequestDeduplication: mode === 'inbound',
  logging: 'warn',
});

createServer(runtime).listen(Number(process.env.PORT), '127.0.0.1', exitWithParent);
