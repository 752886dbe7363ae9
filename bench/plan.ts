import type { SubgraphName } from '@telemed/topology/subgraphs';
import type { BenchCredentials } from './credentials';
import type { LoadRequest } from './load';
import type { BenchOperation } from './operations';
import { assertSameData, expectedAnswer, type PlannedRequest } from './preflight';
import type { RootFetch } from './root-fetch';
import { floorLabel, type TargetId } from './targets';

/** One line of a round: a server driven with one operation. */
export interface Run {
  readonly target: TargetId;
  readonly label: string;
  /** Operation id, or `ceiling` for the fixed-JSON server. */
  readonly operation: string;
  readonly request: LoadRequest;
  /** CPU time the server under test has used so far, in ms, when the benchmark started it. */
  readonly cpuMs?: () => number;
}

export interface PlanInput {
  readonly operations: readonly BenchOperation[];
  readonly rootFetch: (query: string) => RootFetch;
  readonly gateways: readonly { id: TargetId; label: string; url: string; cpuMs: () => number }[];
  readonly subgraphUrls: Readonly<Record<SubgraphName, string>>;
  readonly ceiling?: { url: string; cpuMs: () => number };
  /** The pass-through floor: `<origin>/<subgraph>` forwards to that subgraph. */
  readonly proxy?: { origin: string; cpuMs: () => number };
  /** What every request carries: the caller's token to gateways, plus a gateway service token to subgraphs. */
  readonly credentials: BenchCredentials;
}

/**
 * Every run of one round, in order: per operation each gateway, then the
 * operation's root fetch straight to its subgraph; last the fixed-JSON
 * ceiling. Each request is sent once first, to check the answer and record it.
 */
export async function planRuns(input: PlanInput): Promise<Run[]> {
  const runs: Run[] = [];
  for (const operation of input.operations) {
    const body = JSON.stringify({
      query: operation.query,
      ...(operation.variables && { variables: operation.variables }),
    });
    const answers = [];
    for (const gateway of input.gateways) {
      const answer = await expectedAnswer(
        `${gateway.label}, ${operation.id}`,
        { url: gateway.url, body, headers: input.credentials.caller },
        !operation.mutation,
      );
      answers.push({ name: gateway.label, data: answer.data });
      runs.push({
        target: gateway.id,
        label: gateway.label,
        operation: operation.id,
        request: answer.request,
        cpuMs: gateway.cpuMs,
      });
    }
    if (!operation.mutation) assertSameData(operation.id, answers);
    const root = input.rootFetch(operation.query);
    const direct: PlannedRequest = {
      url: input.subgraphUrls[root.subgraph as SubgraphName],
      body: JSON.stringify({ query: root.query }),
      // What a gateway sends the subgraph: the caller's token and its own service token.
      headers: input.credentials.asGateway(root.subgraph),
    };
    const label = floorLabel('direct', root.subgraph);
    runs.push({
      target: 'direct',
      label,
      operation: operation.id,
      request: (await expectedAnswer(`${label}, ${operation.id}`, direct, !operation.mutation)).request,
    });
    // Through the pass-through only where the root fetch is the whole operation: there its
    // "added p50" is the cost of one more hop alone, which no gateway can avoid.
    if (input.proxy && !root.federated) {
      const proxyLabel = floorLabel('proxy');
      const viaProxy = { url: `${input.proxy.origin}/${root.subgraph}`, body: direct.body, headers: direct.headers };
      const answer = await expectedAnswer(`${proxyLabel}, ${operation.id}`, viaProxy, !operation.mutation);
      runs.push({
        target: 'proxy',
        label: proxyLabel,
        operation: operation.id,
        request: answer.request,
        cpuMs: input.proxy.cpuMs,
      });
    }
  }
  if (input.ceiling) {
    const label = floorLabel('ceiling');
    const { request } = await expectedAnswer(label, { url: input.ceiling.url, body: '{}' });
    runs.push({ target: 'ceiling', label, operation: 'ceiling', request, cpuMs: input.ceiling.cpuMs });
  }
  return runs;
}
