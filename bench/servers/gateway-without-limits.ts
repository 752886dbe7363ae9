/**
 * Our gateway exactly as `gateway/src/index.ts` serves it, but without the
 * operation limits on HTTP requests: the benchmark's "before" row, measured
 * in the same rounds as the default one, so the limits' cost is read from
 * one run (docs/decisions/0031-operation-limits.md).
 */
import { readFileSync } from 'node:fs';
import { createGateway } from '@telemed/gateway/gateway';
import { createLogger } from '@telemed/observability/logger';
import { exitWithParent, supergraphPath } from './serve';

const logger = createLogger('gateway');

createGateway({ supergraphSdl: readFileSync(supergraphPath(), 'utf8'), logger, operationLimits: false })
  .then(async ({ service }) => {
    const port = await service.listen(Number(process.env.PORT ?? 0));
    logger.info({ port }, 'gateway listening');
    exitWithParent();
  })
  .catch((error: unknown) => {
    logger.fatal({ err: error }, 'gateway failed to start');
    process.exit(1);
  });
