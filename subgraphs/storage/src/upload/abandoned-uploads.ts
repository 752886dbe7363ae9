import type { EntityManager } from '@mikro-orm/postgresql';
import { execute } from '@telemed/subgraph-kit/sql';
import type { BackgroundWorker } from '@telemed/subgraph-kit/worker';
import type { BlobStore } from '../blob/blob-store';
import { blobStore } from '../blob/blobs';
import { UPLOAD_LINK_SECONDS } from './file-settings';

/**
 * How long after its link expires an upload may still be streaming: a PUT
 * started in the link's last second has this long to finish.
 */
export const UPLOAD_GRACE_SECONDS = 15 * 60;
const BATCH = 100;

/**
 * Forgets uploads that never finished: PENDING files whose link expired
 * unused, and UPLOADING ones a crash or a dropped connection left behind.
 * Rows are claimed with SKIP LOCKED (replicas share the work) and deleted in
 * one statement; their bytes, if any arrived, are deleted after the commit.
 * Returns the storage keys it removed.
 */
export async function sweepAbandonedUploads(em: EntityManager, blobs: BlobStore, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - (UPLOAD_LINK_SECONDS + UPLOAD_GRACE_SECONDS) * 1000);
  const removed = await em.transactional((tx) =>
    execute<{ storage_key: string }[]>(
      tx,
      `delete from stored_file where id in (
         select id from stored_file
          where status in ('PENDING', 'UPLOADING') and created_at < ?
          order by created_at limit ${BATCH} for update skip locked
       ) returning storage_key`,
      [cutoff],
    ),
  );
  for (const { storage_key: key } of removed) await blobs.delete(key);
  return removed.map((row) => row.storage_key);
}

/** Every five minutes, until a pass finds nothing left to sweep. */
export const abandonedUploadSweeper: BackgroundWorker = {
  name: 'abandoned-upload-sweeper',
  start({ orm, logger }) {
    let stopped = false;
    let pass: Promise<void> = Promise.resolve();
    const run = async () => {
      for (;;) {
        const removed = await sweepAbandonedUploads(orm.em.fork({ loggerContext: { origin: 'worker' } }), blobStore());
        if (removed.length) logger.info({ removed: removed.length }, 'abandoned uploads removed');
        if (stopped || removed.length < BATCH) return;
      }
    };
    const tick = () => {
      pass = run().catch((error: unknown) => logger.warn({ err: error }, 'sweeping abandoned uploads failed'));
    };
    tick();
    const timer = setInterval(tick, 5 * 60_000);
    timer.unref();
    return {
      async stop() {
        stopped = true;
        clearInterval(timer);
        await pass;
      },
    };
  },
};
