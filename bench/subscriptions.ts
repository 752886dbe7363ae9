/**
 * `npm run bench:subscriptions`: 1,000 live subscriptions on one gateway of a
 * real stack, one payment captured then refunded, and for each delivery the
 * time from the mutation's send to the subscriber's receipt. Reports p50/p99
 * delivery latency and the gateway's memory per subscription (heap and RSS
 * growth over the idle baseline), and writes them to
 * docs/performance-subscriptions.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signAccessToken } from '@telemed/auth/access-token';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { sampleSum } from '@telemed/devstack/prometheus';
import { repoRoot } from '@telemed/devstack/repo-root';
import { signingKeyFile, startStack } from '@telemed/devstack/stack';
import { createLogger } from '@telemed/observability/logger';

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const SHARED_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SELECTION = 'id status amount appointment { id doctor { name } }';
const SUBSCRIPTION = `subscription($id: ID!) { paymentStatusChanged(paymentId: $id) { ${SELECTION} } }`;
const REPORT = join(repoRoot, 'docs', 'performance-subscriptions.md');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Who subscribes: every subscriber its own caller and connection, or many subscriptions of one caller. */
interface Scenario {
  readonly name: string;
  readonly connections: number;
  /** The access token connection `c` authenticates with. */
  readonly token: (c: number) => string;
}

interface Outcome {
  readonly scenario: Scenario;
  readonly deliveries: number;
  readonly p50: number;
  readonly p99: number;
  readonly heapPerSubscription: number;
  readonly rssPerSubscription: number;
}

/** `ops` is the gateway's operations listener: the public port serves no `/metrics`. */
async function gatewayMetrics(ops: string): Promise<{ heap: number; rss: number; upstreams: number }> {
  const text = await (await fetch(new URL('/metrics', ops))).text();
  return {
    heap: sampleSum(text, 'nodejs_heap_size_used_bytes'),
    rss: sampleSum(text, 'process_resident_memory_bytes'),
    upstreams: sampleSum(text, 'graphql_subscription_upstreams_active'),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens the scenario's subscriptions, captures then refunds `paymentId`, and times every delivery. */
async function run(gateway: string, ops: string, admin: string, paymentId: string, scenario: Scenario): Promise<Outcome> {
  const clients: Client[] = [];
  try {
    const idle = await gatewayMetrics(ops);
    const received: number[][] = Array.from({ length: SUBSCRIPTIONS }, () => []);
    for (let c = 0; c < scenario.connections; c++) {
      clients.push(
        createClient({
          url: gateway.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: scenario.token(c) },
          retryAttempts: 0,
        }),
      );
    }
    for (let s = 0; s < SUBSCRIPTIONS; s++) {
      clients[s % scenario.connections]!.subscribe(
        { query: SUBSCRIPTION, variables: { id: paymentId } },
        {
          next: () => void received[s]!.push(performance.now()),
          error: (e) => log(`subscription ${s} failed: ${JSON.stringify(e)}`),
          complete: () => {},
        },
      );
    }
    await sleep(5_000);
    const open = await gatewayMetrics(ops);
    log(`bench: ${scenario.name}: ${SUBSCRIPTIONS} subscriptions over ${scenario.connections} connections, ${open.upstreams} upstream subscriptions`);

    const latencies: number[] = [];
    for (const [round, mutation] of [
      'mutation($id: ID!) { capturePayment(paymentId: $id) { status } }',
      'mutation($id: ID!) { refundPayment(paymentId: $id, reason: "Benchmark refund") { status } }',
    ].entries()) {
      const sentAt = performance.now();
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: admin },
        body: JSON.stringify({ query: mutation, variables: { id: paymentId } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`mutation failed: ${JSON.stringify(body.errors)}`);
      const deadline = Date.now() + 120_000;
      while (received.some((r) => r.length <= round) && Date.now() < deadline) await sleep(20);
      const missing = received.filter((r) => r.length <= round).length;
      if (missing) log(`bench: ${missing} subscriptions missed event ${round + 1}`);
      for (const r of received) if (r[round] !== undefined) latencies.push(r[round]! - sentAt);
    }
    const sorted = latencies.sort((a, b) => a - b);
    return {
      scenario,
      deliveries: latencies.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      heapPerSubscription: (open.heap - idle.heap) / SUBSCRIPTIONS,
      rssPerSubscription: (open.rss - idle.rss) / SUBSCRIPTIONS,
    };
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await sleep(2_000);
  }
}

/** Replaces the generated block of the report, keeping the hand-written reading around it. */
function writeReport(block: string): void {
  const [begin, end] = ['<!-- bench:subscriptions -->', '<!-- /bench:subscriptions -->'];
  const current = readFileSync(REPORT, 'utf8');
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${begin}\n${block}\n${current.slice(to)}`
      : `# Subscription delivery\n\n${begin}\n${block}\n${end}\n\n${current}`;
  writeFileSync(REPORT, next);
}

async function main() {
  const dataDir = join(repoRoot, '.data', 'bench-subscriptions');
  const stack = await startStack({ mode: 'test', dataDir, logger: createLogger('bench', 'warn') });
  try {
    const key = loadSigningKeyFile(signingKeyFile(dataDir), { create: false });
    const demo = buildDemoDataset();
    const adminToken = (userId: string) => `Bearer ${signAccessToken({ userId, roles: ['ADMIN'] }, key, 3600)}`;
    const admin = adminToken(demo.admin.id);
    const pending = demo.payments.filter((p) => p.status === 'PENDING');
    // Distinct callers: operators, each signed in on their own; no two subscriptions may share a result.
    const callers = Array.from({ length: SUBSCRIPTIONS }, (_, i) => adminToken(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    const scenarios: Scenario[] = [
      { name: 'distinct callers', connections: SUBSCRIPTIONS, token: (c) => callers[c]! },
      { name: 'one caller', connections: SHARED_CONNECTIONS, token: () => admin },
    ];
    if (pending.length < scenarios.length) throw new Error('The demo data set has too few pending payments');
    await sleep(2_000);
    const outcomes: Outcome[] = [];
    for (const [i, scenario] of scenarios.entries()) outcomes.push(await run(stack.gatewayUrl, stack.gatewayOpsUrls[0]!, admin, pending[i]!.id, scenario));

    const commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot }).toString().trim();
    const block = [
      `Latest run: ${new Date().toISOString().slice(0, 10)}, commit ${commit}, Node ${process.version}, ${cpus().length} cores (load generator, gateway, subgraphs, PostgreSQL and NATS share them).`,
      '',
      `${SUBSCRIPTIONS} subscriptions to \`paymentStatusChanged { ${SELECTION} }\` on one gateway; one payment captured, then refunded,`,
      'through the same gateway. Latency runs from sending the mutation to each subscriber receiving the event (mutation, outbox relay,',
      'NATS, payment subgraph, gateway, plus the appointment and provider fetches of each delivery).',
      '',
      '| subscribers | connections | deliveries | p50 latency | p99 latency | gateway heap / subscription | gateway RSS / subscription |',
      '|---|---|---|---|---|---|---|',
      ...outcomes.map(
        (o) =>
          `| ${o.scenario.name} | ${o.scenario.connections} | ${o.deliveries} of ${SUBSCRIPTIONS * 2} | ${o.p50.toFixed(0)} ms | ${o.p99.toFixed(0)} ms | ${(o.heapPerSubscription / 1024).toFixed(1)} KiB | ${(o.rssPerSubscription / 1024).toFixed(1)} KiB |`,
      ),
      '',
      '`BENCH_SUBSCRIPTIONS` and `BENCH_CONNECTIONS` (connections of the one-caller run) change the load.',
    ].join('\n');
    writeReport(block);
    process.stdout.write(`${block}\n`);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
