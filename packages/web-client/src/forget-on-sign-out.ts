import type { ApolloClient } from '@apollo/client';
import type { SessionStore } from './session';

/**
 * Empties Apollo's cache whenever a user's session ends, however it ends: the
 * Sign out button, a refresh token the gateway refused (revoked, expired), or
 * another user's session taking its place. The cache holds patients' records;
 * on a shared machine the next person must not find them in the page's memory
 * or see them flash up. A session starting from signed out clears nothing:
 * the cache was emptied when the last one ended, and clearing then would
 * cancel the new user's first queries.
 */
export function forgetOnSignOut(
  sessions: SessionStore,
  apollo: Pick<ApolloClient, 'clearStore'>,
): () => void {
  let user = sessions.get()?.userId ?? null;
  return sessions.subscribe((session) => {
    const next = session?.userId ?? null;
    const ended = user !== null && next !== user;
    user = next;
    // clearStore fails only when the cache itself does; in-flight queries it cancels report to their screens.
    if (ended) void apollo.clearStore().catch(() => undefined);
  });
}
