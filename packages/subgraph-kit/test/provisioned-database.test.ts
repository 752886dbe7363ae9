import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { createLogger } from '@telemed/observability/logger';
import { createMetrics } from '@telemed/observability/metrics';
import { payment as paymentSubgraph } from '../../../subgraphs/payment/src/subgraph';
import { databaseUrlFor } from '../src/env';
import { migrate, openOrm, type OrmOptions } from '../src/orm';

/**
 * A database provisioned per subgraph (Kubernetes with managed PostgreSQL):
 * `DATABASE_NAME` picks it, `CREATE_DATABASES=false` forbids creating one.
 * Against the test stack's real PostgreSQL.
 */
describe('a provisioned database (DATABASE_NAME, CREATE_DATABASES=false)', () => {
  const serverUrl = process.env.DATABASE_URL!;
  const name = `telemed_test_provisioned_${randomBytes(4).toString('hex')}`;
  const options = (database: string): OrmOptions => ({
    serverUrl,
    prefix: process.env.DATABASE_PREFIX!,
    database,
    createDatabase: false,
    metrics: createMetrics('provisioned-database-test'),
    logger: createLogger('provisioned-database-test', 'silent'),
  });
  const admin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  const exists = (database: string) =>
    admin(async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount === 1);
  afterAll(() => admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('refuses to start on a missing database and does not create it', async () => {
    await expect(openOrm(paymentSubgraph, options(`${name}_missing`)).then((orm) => orm.close())).rejects.toThrow(/does not exist/);
    expect(await exists(`${name}_missing`)).toBe(false);
  });

  it('migrates the database it is given, not <prefix>_<name>', async () => {
    await admin((client) => client.query(`CREATE DATABASE "${name}"`));
    const orm = await openOrm(paymentSubgraph, options(name));
    try {
      const applied = await migrate(orm, paymentSubgraph, { ...options(name), seed: false });
      expect(applied.length).toBeGreaterThan(0);
      const [row] = await orm.em.getConnection().execute<{ db: string }[]>('select current_database() as db');
      expect(row?.db).toBe(name);
      expect(await migrate(orm, paymentSubgraph, { ...options(name), seed: false })).toEqual([]);
    } finally {
      await orm.close();
    }
  });

  /** The entry point a migration Job runs: `<subgraph entry> migrate`, then exit. */
  const migrateEntry = (env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number; output: string }>((resolve) => {
      const root = join(__dirname, '..', '..', '..');
      execFile(
        process.execPath,
        ['--import', 'tsx', 'subgraphs/payment/src/index.ts', 'migrate'],
        { cwd: root, env: { PATH: process.env.PATH, LOG_FORMAT: 'json', NODE_ENV: 'production', ...env } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });

  it('`<entry> migrate` applies the migrations and exits, and fails with the reason on a missing database', async () => {
    const job = `${name}_job`;
    try {
      const created = await migrateEntry({ DATABASE_URL: serverUrl, DATABASE_NAME: job });
      expect(created.code).toBe(0);
      expect(created.output).toMatch(/"msg":"migrations applied"/);
      const again = await migrateEntry({ DATABASE_URL: serverUrl, DATABASE_NAME: job, CREATE_DATABASES: 'false' });
      expect(again).toMatchObject({ code: 0 });
      expect(again.output).toMatch(/"msg":"database already up to date"/);
      const missing = await migrateEntry({ DATABASE_URL: serverUrl, DATABASE_NAME: `${job}_missing`, CREATE_DATABASES: 'false' });
      expect(missing.code).toBe(1);
      expect(missing.output).toMatch(/migration failed/);
      expect(missing.output).toContain(`${job}_missing`);
      expect(await exists(`${job}_missing`)).toBe(false);
    } finally {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS "${job}" WITH (FORCE)`));
    }
  });
});
