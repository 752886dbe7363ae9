import { startSubgraph } from '@telemed/subgraph-kit/start-subgraph';

// Tracing starts before the subgraph's modules load (see startSubgraph).
startSubgraph('payment', async () => (await import('./subgraph')).payment);
