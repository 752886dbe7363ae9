import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { identity } from './subgraph';

void runSubgraph(identity);
