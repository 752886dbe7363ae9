import { closeOnSignals } from '@telemed/http-server/shutdown';
import { subgraphs } from '@telemed/topology/subgraphs';
import type { SubgraphDefinition } from './definition';
import { createSubgraph } from './create-subgraph';
import { readSubgraphEnv } from './env';

/** Entry point of a subgraph process: build from the environment, listen, stop on signals. */
export async function runSubgraph<TLoaders extends object>(definition: SubgraphDefinition<TLoaders>): Promise<void> {
  const defaultPort = subgraphs.find((s) => s.name === definition.name)?.port ?? 0;
  const env = readSubgraphEnv(defaultPort);
  const subgraph = await createSubgraph(definition, env);
  const port = await subgraph.service.listen(env.port);
  subgraph.logger.info({ port }, `${definition.name} subgraph listening`);
  closeOnSignals(subgraph.logger, () => subgraph.close());
}
