import { readSubgraphEnv, type SubgraphEnv } from '@telemed/subgraph-kit/env';

let env: SubgraphEnv | null = null;

/** The subgraph environment identity runs with (for its keys), read once. */
export function identityEnv(): SubgraphEnv {
  return (env ??= readSubgraphEnv(0));
}
