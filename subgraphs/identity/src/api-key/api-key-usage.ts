import { apiKeyQuotaCounters, type CounterStore } from '@telemed/rate-limit/fixed-window';
import { counterStoreFromEnv } from '@telemed/rate-limit/store-from-env';
import type { BackgroundWorker } from '@telemed/subgraph-kit/worker';

/**
 * Partners' usage as the gateway counts it, read from the same counter store
 * (`REDIS_URL`, `RATE_LIMIT_PREFIX`: set both alike on the gateway and
 * identity). Without a shared store there is nothing to read: each gateway
 * replica counts in its own memory.
 *
 * The store is opened by this worker when the subgraph starts and closed when
 * it stops, so no Redis connection outlives the process's shutdown.
 */
let store: CounterStore | null = null;

export const apiKeyUsageStore: BackgroundWorker = {
  name: 'api-key-usage',
  start({ processEnv, logger }) {
    const opened = counterStoreFromEnv(processEnv, logger.child({ component: 'api-key-usage' }));
    store = opened.scope === 'shared' ? opened : null;
    return {
      stop: async () => {
        store = null;
        await opened.close();
      },
    };
  },
};

/** Requests the gateway admitted with the key in the current minute and UTC day; null without a shared store. */
export async function apiKeyUsage(apiKeyId: string): Promise<{ thisMinute: number; today: number } | null> {
  if (!store) return null;
  const counters = apiKeyQuotaCounters(apiKeyId);
  const [thisMinute = 0, today = 0] = await store.read([counters.minute, counters.day]);
  return { thisMinute, today };
}
