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
  let inFlight: Promise<string | null> | null = null;
  let refusedToken: string | null = null;

  async function refresh(refreshToken: string): Promise<string | null> {
    try {
      const session = await api.refresh(refreshToken);
      store.set(session);
      return session.accessToken;
    } catch (error) {
      // Refused refresh token: the session is over. Unreachable gateway: keep it and let the request fail.
      if (error instanceof GatewayError && error.unauthenticated) store.set(null);
      throw error;
    }
  }

  return {
    current() {
      if (inFlight) return inFlight;
      const session = store.get();
      if (!session) return Promise.resolve(null);
      const decision = tokenDecision(session, now(), { refused: session.accessToken === refusedToken });
      if (decision === 'use') return Promise.resolve(session.accessToken);
      if (decision === 'sign-out') {
        store.set(null);
        return Promise.resolve(null);
      }
      inFlight = refresh(session.refreshToken).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    refused() {
      refusedToken = store.get()?.accessToken ?? null;
    },
  };
}
