import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { openOrm } from '@telemed/subgraph-kit/orm';
import { as, demo, ok } from '../../../test/clinical';
import { sql } from '../../../test/events';
import type { BlobStore } from '../src/blob/blob-store';
import { storage } from '../src/subgraph';
import { sweepAbandonedUploads, UPLOAD_GRACE_SECONDS } from '../src/upload/abandoned-uploads';
import { UPLOAD_LINK_SECONDS } from '../src/upload/file-settings';

/** The sweeper on the test stack's storage database: only uploads that can no longer finish go. */
describe('abandoned uploads', () => {
  let orm: MikroORM;
  const deleted: string[] = [];
  // Records deletions; the bytes of these uploads never arrived.
  const blobs: BlobStore = {
    put: () => Promise.reject(new Error('not used')),
    get: () => Promise.resolve(null),
    delete: async (key) => void deleted.push(key),
  };
  const patient = demo.patients[1]!;
  const appointment = demo.appointments.find((a, i) => i >= 12 && a.patientId === patient.id)!;

  beforeAll(async () => {
    orm = await openOrm(storage, {
      serverUrl: process.env.DATABASE_URL!,
      prefix: process.env.DATABASE_PREFIX!,
      metrics: createMetrics('storage-test'),
      logger: createLogger('storage-test', 'warn'),
    });
  });
  afterAll(() => orm.close());

  const requestUpload = async () =>
    (
      await ok<{ requestFileUpload: { file: { id: string } } }>(
        'mutation($input: RequestFileUploadInput!) { requestFileUpload(input: $input) { file { id } } }',
        { input: { appointmentId: appointment.id, filename: 'never-sent.pdf', contentType: 'application/pdf', size: 10 } },
        as.patient(1),
      )
    ).requestFileUpload.file.id;

  it('removes pending uploads whose link expired past the grace period, and only those', async () => {
    const [stale, fresh] = [await requestUpload(), await requestUpload()];
    const age = UPLOAD_LINK_SECONDS + UPLOAD_GRACE_SECONDS + 60;
    await sql('storage', `update stored_file set created_at = created_at - make_interval(secs => $2) where id = $1`, [stale, age]);

    const removed = await sweepAbandonedUploads(orm.em.fork(), blobs);

    expect(removed).toContain(`files/${stale}`);
    expect(deleted).toContain(`files/${stale}`);
    const left = await sql<{ id: string }>('storage', 'select id from stored_file where id = any($1)', [[stale, fresh]]);
    expect(left.map((r) => r.id)).toEqual([fresh]);
    // READY files are never swept, however old: the seeded ones are weeks old.
    const seeded = await sql<{ n: string }>('storage', `select count(*) as n from stored_file where status = 'READY'`);
    expect(Number(seeded[0]!.n)).toBeGreaterThanOrEqual(demo.files.length);
  });
});
