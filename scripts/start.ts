/**
 * `npm start`: the whole platform on this machine (embedded PostgreSQL unless
 * DATABASE_URL is set, NATS, migrations and demo data, six subgraphs, gateway)
 * until Ctrl-C, which stops everything it started.
 */
import { join } from 'node:path';
import { createLogger } from '@telemed/observability/logger';
import { repoRoot } from '@telemed/devstack/repo-root';
import { startStack, type Stack } from '@telemed/devstack/stack';
import { redactPassword } from '@telemed/devstack/redact-url';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { DEMO_API_KEY, demoLogins } from '@telemed/demo-data/demo-logins';

const logger = createLogger('devstack');

async function main(): Promise<void> {
  const cancel = new AbortController();
  let stack: Stack | undefined;
  let stopping = false;
  let firstSignalAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // tsx relays the Ctrl-C it got itself, so one keypress arrives twice; only a real repeat is news.
      if (Date.now() - firstSignalAt > 2_000)
        logger.warn({ signal }, 'already stopping; services get SIGKILL after 8 s');
      return;
    }
    stopping = true;
    firstSignalAt = Date.now();
    logger.info({ signal }, 'stopping the stack');
    cancel.abort();
    // While starting, startStack itself stops what it started and rejects.
    stack?.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping the stack');
        process.exit(1);
      },
    );
  };
  // SIGHUP too: a closed terminal must not leave PostgreSQL and nats-server behind.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);

  try {
    stack = await startStack({
      mode: 'dev',
      dataDir: join(repoRoot, '.data'),
      logger,
      signal: cancel.signal,
    });
  } catch (error) {
    if (stopping) process.exit(0);
    throw error;
  }
  if (stopping) {
    // The signal came as the start finished; onSignal had no stack to stop yet.
    await stack.stop();
    process.exit(0);
  }
  printBanner(stack);
  // The services keep logging below the banner; Enter shows it again.
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => printBanner(stack!));
    process.stdin.resume();
  }
}

function printBanner(stack: Stack): void {
  const origin = new URL(stack.gatewayUrl).origin;
  const width = Math.max(...Object.keys(stack.subgraphUrls).map((name) => name.length));
  const sample = JSON.stringify({ query: '{ doctors(first: 3) { name specialty } }' });
  const logins = demoLogins(buildDemoDataset());
  const login = JSON.stringify({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { session { accessToken refreshToken } } }',
    variables: { e: logins[0]!.email, p: logins[0]!.password },
  });
  const lines = [
    '',
    'Telemed supergraph is up.',
    '',
    `  Gateway     ${stack.gatewayUrl}`,
    ...stack.apps.map(({ label, url }) => `  ${label.padEnd(11)} ${url}   (sign in with a demo login below)`),
    `  Health      ${origin}/healthz   ${stack.gatewayOpsUrls[0]}/readyz   (operations port, not public)`,
    `  Metrics     ${stack.gatewayOpsUrls[0]}/metrics`,
    '  Subgraphs   (called through the gateway; each also serves /healthz, /readyz, /metrics)',
    ...Object.entries(stack.subgraphUrls).map(([name, url]) => `    ${name.padEnd(width)}  ${url}`),
    `  PostgreSQL  ${redactPassword(stack.databaseUrl)}  (databases telemed_<subgraph>)`,
    `  NATS        ${stack.natsUrl}`,
    '',
    '  Demo logins (demo data only; never in production):',
    ...logins.map(({ role, email, password }) => `    ${role.padEnd(8)} ${email.padEnd(40)} ${password}`),
    `    PARTNER  x-api-key: ${DEMO_API_KEY}  (runs ids of schema/persisted/partners.manifest.json only)`,
    '',
    '  Try it (public, then signed in: send the accessToken as Authorization: Bearer <token>):',
    `    curl -s ${stack.gatewayUrl} -H 'content-type: application/json' --data '${sample}'`,
    `    curl -s ${stack.gatewayUrl} -H 'content-type: application/json' --data '${login}'`,
    '',
    `  Apollo Sandbox: open ${stack.gatewayUrl} in a browser (headers: {"Authorization": "Bearer <accessToken>"}).`,
    '',
    process.stdin.isTTY ? 'Press Enter to show this again, Ctrl-C to stop.' : 'Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  // A person reads this, so plain text; the stack trace is there with LOG_LEVEL=debug.
  logger.debug({ err: error }, 'npm start failed');
  process.stderr.write(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
