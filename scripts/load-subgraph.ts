import type { SubgraphDefinition } from '@telemed/subgraph-kit/definition';
import { subgraphNames, type SubgraphName } from '@telemed/topology/subgraphs';

/** Imports a subgraph's definition (`subgraphs/<name>/src/subgraph.ts`) by name, for scripts. */
export async function loadSubgraph(name: string): Promise<SubgraphDefinition> {
  if (!subgraphNames.includes(name as SubgraphName)) {
    throw new Error(`Unknown subgraph "${name}"; expected one of ${subgraphNames.join(', ')}`);
  }
  const module = (await import(`../subgraphs/${name}/src/subgraph.ts`)) as Record<string, unknown>;
  const definition = Object.values(module).find(
    (value): value is SubgraphDefinition => typeof value === 'object' && value !== null && (value as SubgraphDefinition).name === name,
  );
  if (!definition) throw new Error(`subgraphs/${name}/src/subgraph.ts exports no definition named "${name}"`);
  return definition;
}
