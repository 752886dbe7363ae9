import { runSubgraph } from '@telemed/subgraph-kit/run-subgraph';
import { appointment } from './subgraph';

void runSubgraph(appointment);
