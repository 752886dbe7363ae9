import { startSubgraph } from '@telemed/subgraph-kit/start-subgraph';

// Tracing starts before the subgraph's modules load (see startSubgraph).
startSubgraph('provider', async () => (await import('./subgraph')).provider);
