import pg from 'pg';
import { databaseUrlFor } from './env';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates database `name` on the server when it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string, options: { reset?: boolean } = {}): Promise<void> {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing unsafe database name "${name}"`);
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await client.connect();
  try {
    if (options.reset) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Two replicas starting together may race to create it; either winning is fine.
        if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
