import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeOnSignals } from '@telemed/http-server/shutdown';
import { createLogger } from '@telemed/observability/logger';
import { resolveSecretFiles } from '@telemed/settings/secret-files';
import { GATEWAY_PORT } from '@telemed/topology/subgraphs';
import { createGateway } from './gateway';

resolveSecretFiles(process.env);
const logger = createLogger('gateway');
const supergraphPath = process.env.SUPERGRAPH_PATH ?? resolve(__dirname, '../../schema/supergraph.graphql');

// Loaded by index.ts once tracing has started. No top-level await: the workspace runs as CommonJS under tsx.
createGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8'), logger })
  .then(async ({ service, settings }) => {
    const port = await service.listen(Number(process.env.PORT ?? GATEWAY_PORT));
    const opsPort = await service.listenOperations(settings.opsPort, settings.opsHost);
    logger.info({ port, opsPort, opsHost: settings.opsHost, supergraphPath }, 'gateway listening');
    closeOnSignals(logger, () => service.close());
  })
  .catch((error: unknown) => {
    logger.fatal({ err: error, supergraphPath }, 'gateway failed to start');
    process.exit(1);
  });
