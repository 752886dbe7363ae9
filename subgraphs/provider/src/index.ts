import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { provider } from './subgraph';

void runSubgraph(provider);
