import { GatewayError } from './gateway-error';
import type { SessionApi } from './session-api';
import type { SessionStore } from './session';
import { tokenDecision } from './token-expiry';

/** Hands out an access token that is good to send now, refreshing the session when needed. */
export interface AccessTokens {
  /** A usable access token, or null when signed out (or the session could not be renewed). */
  current(): Promise<string | null>;
  /** The gateway refused the current token (a 4401 close, an UNAUTHENTICATED answer): the next `current()` refreshes first. */
  refused(): void;
}

/**
 * One refresh at a time: refresh tokens work once, so two requests that both
 * find the token expiring must share one `refreshSession` call; a second call
 * with the same refresh token would revoke the whole session family.
 */
export function createAccessTokens(
  store: SessionStore,
  api: Pick<SessionApi, 'refresh'>,
  now: () => number = Date.now,
): AccessTokens {
  // The refresh in flight, and the refresh token it presented: only callers of that same session share it.
  let inFlight: { readonly refreshToken: string; readonly token: Promise<string | null> } | null = null;
  let refusedToken: string | null = null;

  async function refresh(refreshToken: string): Promise<string | null> {
    try {
      const session = await api.refresh(refreshToken);
      // Signed out (or someone else signed in) while the refresh was on its way: storing its
      // answer would undo the sign-out or put the previous user's session back. Sign-out's
      // `logout` ended that family at the gateway, so the new tokens are dead anyway.
      if (store.get()?.refreshToken !== refreshToken) return null;
      store.set(session);
      return session.accessToken;
    } catch (error) {
      // Refused refresh token: the session is over. Unreachable gateway: keep it and let the request fail.
      if (
        error instanceof GatewayError &&
        error.unauthenticated &&
        store.get()?.refreshToken === refreshToken
      )
        store.set(null);
      throw error;
    }
  }

  return {
    current() {
      const session = store.get();
      if (!session) return Promise.resolve(null);
      if (inFlight?.refreshToken === session.refreshToken) return inFlight.token;
      const decision = tokenDecision(session, now(), { refused: session.accessToken === refusedToken });
      if (decision === 'use') return Promise.resolve(session.accessToken);
      if (decision === 'sign-out') {
        store.set(null);
        return Promise.resolve(null);
      }
      const started = {
        refreshToken: session.refreshToken,
        token: refresh(session.refreshToken).finally(() => {
          if (inFlight === started) inFlight = null;
        }),
      };
      inFlight = started;
      return started.token;
    },
    refused() {
      refusedToken = store.get()?.accessToken ?? null;
    },
  };
}
