import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { KNOWN_SOURCE_DAYS } from './limits';

/**
 * Places (client IPs) an account has fully signed in from, so the per-account
 * limits on strangers do not hold its owner back (decision 33). Keyed by a
 * hash of (email, IP): the table holds neither, and an unknown email is
 * looked up exactly like a known one, so the lookup reveals nothing.
 */
export function sourceKey(email: string, ip: string): string {
  return createHash('sha256').update(`${email.toLowerCase()}\n${ip}`).digest('hex');
}

/** Whether `email` signed in from `ip` within the last KNOWN_SOURCE_DAYS. */
export async function isKnownSource(em: EntityManager, email: string, ip: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<{ found: number }[]>(
      `select 1 as found from known_sign_in_source where source_key = ? and last_success_at > now() - make_interval(days => ?)`,
      [sourceKey(email, ip), KNOWN_SOURCE_DAYS],
    );
  return rows.length > 0;
}

/** Records a completed sign-in of `email` from `ip`. */
export async function rememberSource(em: EntityManager, email: string, ip: string): Promise<void> {
  await em.getConnection().execute(
    `insert into known_sign_in_source (source_key, last_success_at) values (?, now())
     on conflict (source_key) do update set last_success_at = now()`,
    [sourceKey(email, ip)],
  );
}

/** Forgets sources older than KNOWN_SOURCE_DAYS. */
export async function pruneKnownSources(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`delete from known_sign_in_source where last_success_at < now() - make_interval(days => ?)`, [KNOWN_SOURCE_DAYS]);
}
