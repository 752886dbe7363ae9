import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { payment } from './subgraph';

void runSubgraph(payment);
