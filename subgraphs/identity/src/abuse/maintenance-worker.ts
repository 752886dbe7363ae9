import type { BackgroundWorker, Worker, WorkerDeps } from '@telemed/subgraph-kit/worker';
import { RateLimiter } from './rate-limiter';

/** Hourly: forgets rate-limit windows and one-time tokens that can no longer matter. */
export function startMaintenanceWorker({ orm, logger }: WorkerDeps): Worker {
  const pass = async () => {
    const em = orm.em.fork();
    await new RateLimiter(em).prune();
    await em.getConnection().execute(`delete from one_time_token where expires_at < now() - interval '1 day'`);
  };
  const timer = setInterval(() => void pass().catch((error: unknown) => logger.warn({ err: error }, 'identity maintenance failed')), 3_600_000);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}

export const maintenanceWorker: BackgroundWorker = { name: 'identity-maintenance', start: startMaintenanceWorker };
