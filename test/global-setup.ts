/**
 * Starts one real stack (PostgreSQL, NATS, six subgraphs, gateway) for all
 * integration tests, on random ports and `telemed_test_*` databases, so a
 * running `npm start` is never touched.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createLogger } from '@telemed/observability/logger';
import { subgraphUrlVariable } from '@telemed/topology/subgraphs';
import { startStack } from '@telemed/devstack/stack';
import { stackSettings } from '@telemed/devstack/service-env';
import { startOtlpReceiver } from './otlp-receiver';
import { startStackControl } from './stack-control';
import { testStackFile, testStackDataDir, type TestStackInfo } from './stack-file';
import { setTestStack } from './stack-handle';
import { waitUntilReady } from './readiness';

export default async function globalSetup(): Promise<void> {
  const logger = createLogger('test-stack', stackSettings('test').logLevel);
  // The stack's services trace, exporting real spans over OTLP/HTTP to a
  // receiver held here, which tests read by trace ID (test/tracing.test.ts).
  const otlp = await startOtlpReceiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = otlp.url;
  process.env.OTEL_BSP_SCHEDULE_DELAY = '200';
  process.env.TEST_OTLP_RECEIVER_URL = otlp.url;
  const stack = await startStack({ mode: 'test', dataDir: testStackDataDir, logger }).catch(async (error: unknown) => {
    await otlp.close();
    throw error;
  });
  const control = await startStackControl(stack);
  setTestStack({ stack, control, otlp });
  // Streams and durable consumers exist before the first test publishes.
  await waitUntilReady([...Object.values(stack.subgraphUrls), stack.appointmentReplicaUrl!]);

  const info: TestStackInfo = {
    gatewayUrl: stack.gatewayUrl,
    gatewayUrls: stack.gatewayUrls,
    gatewayOpsUrls: stack.gatewayOpsUrls,
    subgraphUrls: stack.subgraphUrls,
    appointmentReplicaUrl: stack.appointmentReplicaUrl!,
    databaseUrl: stack.databaseUrl,
    databasePrefix: stackSettings('test').databasePrefix,
    natsUrl: stack.natsUrl,
    natsAuth: stack.natsAuth,
    eventNamespace: stack.eventNamespace,
    natsControllable: stack.natsControllable,
    controlUrl: control.url,
  };
  // Jest workers are forked after global setup and inherit this environment.
  process.env.GATEWAY_URL = info.gatewayUrl;
  for (const [name, url] of Object.entries(info.subgraphUrls)) process.env[subgraphUrlVariable(name)] = url;
  process.env.DATABASE_URL = info.databaseUrl;
  process.env.DATABASE_PREFIX = info.databasePrefix;
  process.env.NATS_URL = info.natsUrl;
  for (const name of ['NATS_CREDS', 'NATS_USER', 'NATS_PASSWORD']) delete process.env[name];
  Object.assign(process.env, info.natsAuth);
  process.env.EVENT_NAMESPACE = info.eventNamespace;
  process.env.TEST_STACK_CONTROL_URL = info.controlUrl;
  process.env.TEST_STACK_NATS_CONTROLLABLE = String(info.natsControllable);
  // For a test run outside Jest's workers (a debugger, a script) to find the stack.
  await mkdir(dirname(testStackFile), { recursive: true });
  await writeFile(testStackFile, `${JSON.stringify(info, null, 2)}\n`);
}
