import type { SubgraphContext } from '@telemed/subgraph-kit/context';
import type { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
