import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { analytics } from './subgraph';

void runSubgraph(analytics);
