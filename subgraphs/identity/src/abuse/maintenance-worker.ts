import type { BackgroundWorker, Worker, WorkerDeps } from '@telemed/subgraph-kit/worker';
import { forgetSealedSessions } from '../auth/refresh-tokens';
import { pruneKnownSources } from './known-sources';
import { RateLimiter } from './rate-limiter';

/** Hourly: forgets rate-limit windows, known sign-in sources, one-time tokens and sessions kept for retried refreshes that can no longer matter. */
export function startMaintenanceWorker({ orm, logger }: WorkerDeps): Worker {
  const pass = async () => {
    const em = orm.em.fork();
    await new RateLimiter(em).prune();
    await pruneKnownSources(em);
    await forgetSealedSessions(em);
    await em.getConnection().execute(`delete from one_time_token where expires_at < now() - interval '1 day'`);
  };
  const timer = setInterval(() => void pass().catch((error: unknown) => logger.warn({ err: error }, 'identity maintenance failed')), 3_600_000);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}

export const maintenanceWorker: BackgroundWorker = { name: 'identity-maintenance', start: startMaintenanceWorker };
