/**
 * `npm run bench:subscriptions`: 1,000 live subscriptions on one gateway of a
 * real stack, one payment captured then refunded, and for each delivery the
 * time from the mutation's send to the subscriber's receipt. Reports p50/p99
 * delivery latency and the gateway's memory per subscription (heap and RSS
 * growth over the idle baseline), and writes them to
 * docs/performance-subscriptions.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signAccessToken } from '@telemed/auth/access-token';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { buildDemoDataset } from '@telemed/demo-data/dataset';
import { repoRoot } from '@telemed/devstack/repo-root';
import { signingKeyFile, startStack } from '@telemed/devstack/stack';
import { createLogger } from '@telemed/observability/logger';

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SELECTION = 'id status amount appointment { id doctor { name } }';
const log = (line: string) => process.stderr.write(`${line}\n`);

async function gatewayMemory(url: string): Promise<{ heap: number; rss: number }> {
  const text = await (await fetch(new URL('/metrics', url))).text();
  const metric = (name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
  return { heap: metric('nodejs_heap_size_used_bytes'), rss: metric('process_resident_memory_bytes') };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const dataDir = join(repoRoot, '.data', 'bench-subscriptions');
  const stack = await startStack({ mode: 'test', dataDir, logger: createLogger('bench', 'warn') });
  const clients: Client[] = [];
  try {
    const key = loadSigningKeyFile(signingKeyFile(dataDir), { create: false });
    const demo = buildDemoDataset();
    const admin = `Bearer ${signAccessToken({ userId: demo.admin.id, roles: ['ADMIN'] }, key, 3600)}`;
    const payment = demo.payments.filter((p) => p.status === 'PENDING').at(0)!;
    const gateway = stack.gatewayUrl;
    await new Promise((r) => setTimeout(r, 2_000));
    const idle = await gatewayMemory(gateway);

    const received: number[][] = Array.from({ length: SUBSCRIPTIONS }, () => []);
    for (let c = 0; c < CONNECTIONS; c++) {
      clients.push(
        createClient({ url: gateway.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: admin }, retryAttempts: 0 }),
      );
    }
    let opened = 0;
    for (let s = 0; s < SUBSCRIPTIONS; s++) {
      clients[s % CONNECTIONS]!.subscribe(
        { query: `subscription($id: ID!) { paymentStatusChanged(paymentId: $id) { ${SELECTION} } }`, variables: { id: payment.id } },
        { next: () => void received[s]!.push(performance.now()), error: (e) => log(`subscription ${s} failed: ${JSON.stringify(e)}`), complete: () => {} },
      );
      opened++;
    }
    log(`bench: ${opened} subscriptions over ${CONNECTIONS} connections`);
    await new Promise((r) => setTimeout(r, 3_000));
    const open = await gatewayMemory(gateway);

    const latencies: number[] = [];
    for (const [round, mutation] of [
      'mutation($id: ID!) { capturePayment(paymentId: $id) { status } }',
      'mutation($id: ID!) { refundPayment(paymentId: $id, reason: "Benchmark refund") { status } }',
    ].entries()) {
      const sentAt = performance.now();
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: admin },
        body: JSON.stringify({ query: mutation, variables: { id: payment.id } }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`mutation failed: ${JSON.stringify(body.errors)}`);
      const deadline = Date.now() + 60_000;
      while (received.some((r) => r.length <= round) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const missing = received.filter((r) => r.length <= round).length;
      if (missing) log(`bench: ${missing} subscriptions missed event ${round + 1}`);
      for (const r of received) if (r[round] !== undefined) latencies.push(r[round]! - sentAt);
    }
    const sorted = latencies.sort((a, b) => a - b);
    const result = {
      subscriptions: SUBSCRIPTIONS,
      connections: CONNECTIONS,
      deliveries: latencies.length,
      expected: SUBSCRIPTIONS * 2,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      heapPerSubscription: (open.heap - idle.heap) / SUBSCRIPTIONS,
      rssPerSubscription: (open.rss - idle.rss) / SUBSCRIPTIONS,
    };
    const commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot }).toString().trim();
    const table = [
      `# Subscription delivery`,
      '',
      `Latest run: ${new Date().toISOString().slice(0, 10)}, commit ${commit}, Node ${process.version}, ${cpus().length} cores (load generator, gateway, subgraphs, PostgreSQL and NATS share them).`,
      '',
      `${result.subscriptions} subscriptions to \`paymentStatusChanged { ${SELECTION} }\` over ${result.connections} WebSocket connections to one gateway;`,
      'one payment captured, then refunded, through the same gateway. Latency runs from sending the mutation to each subscriber receiving the event',
      '(mutation, outbox relay, NATS, payment subgraph, gateway, plus the appointment and provider fetches of each delivery).',
      '',
      '| deliveries | p50 latency | p99 latency | gateway heap / subscription | gateway RSS / subscription |',
      '|---|---|---|---|---|',
      `| ${result.deliveries} of ${result.expected} | ${result.p50.toFixed(0)} ms | ${result.p99.toFixed(0)} ms | ${(result.heapPerSubscription / 1024).toFixed(1)} KiB | ${(result.rssPerSubscription / 1024).toFixed(1)} KiB |`,
      '',
      'Each delivery runs the rest of the query plan for its own subscriber (the caller differs per subscriber, so results are not shared);',
      'the cost grows with subscribers of one event. `BENCH_SUBSCRIPTIONS` and `BENCH_CONNECTIONS` change the load.',
      '',
    ].join('\n');
    writeFileSync(join(repoRoot, 'docs', 'performance-subscriptions.md'), table);
    process.stdout.write(`${table}\n`);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
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
