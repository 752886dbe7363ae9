import { startTelemetry } from '@telemed/observability/telemetry';
import type { SubgraphDefinition } from './definition';

/**
 * A subgraph process's entry: starts tracing (when configured) before the
 * subgraph's own modules load, then runs it. Tracing patches `pg` and
 * `graphql` as they are loaded, and static imports are hoisted above any
 * statement, so this module imports nothing heavy itself and everything
 * else arrives through `load` and a dynamic import.
 *
 *   startSubgraph('payment', async () => (await import('./subgraph')).payment);
 */
export function startSubgraph<TLoaders extends object>(
  name: string,
  load: () => Promise<SubgraphDefinition<TLoaders>>,
): void {
  startTelemetry(name);
  void (async () => {
    const { runSubgraph } = await import('./run-subgraph');
    await runSubgraph(await load());
  })();
}
