import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { storage } from './subgraph';

void runSubgraph(storage);
