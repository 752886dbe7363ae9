import { startSubgraph } from '@telemed/subgraph-kit/start-subgraph';

// Tracing starts before the subgraph's modules load (see startSubgraph).
startSubgraph('appointment', async () => (await import('./subgraph')).appointment);
