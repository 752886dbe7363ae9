import type { ServiceEndpointDefinition } from '@apollo/gateway';
import { subgraphNames, subgraphUrl, subgraphUrlVariable } from '@telemed/topology/subgraphs';

const known: ReadonlySet<string> = new Set(subgraphNames);

/**
 * Where a subgraph is reached: for the platform's own subgraphs,
 * `SUBGRAPH_<NAME>_URL` or the topology's local default (the URL committed in
 * the supergraph is a build artefact and must not decide where traffic goes);
 * for any other subgraph, the environment if it names one, else the
 * supergraph's routing URL, so the gateway runs over any valid supergraph.
 */
export function routingUrl(definition: ServiceEndpointDefinition, env: NodeJS.ProcessEnv): string {
  const { name, url } = definition;
  if (known.has(name) || env[subgraphUrlVariable(name)]) return subgraphUrl(name, env);
  if (!url)
    throw new Error(
      `Subgraph "${name}" has no routing URL in the supergraph and ${subgraphUrlVariable(name)} is not set`,
    );
  return url;
}
