/**
 * Whether a graphql-ws connection is a re-connection after a loss, when
 * events may have been missed and the screens' queries should be fetched
 * again. Pure, so the rules are unit-tested apart from sockets.
 *
 * - The first connection is not one: the screens' queries were just sent.
 * - A close with 1000 is the client's own idle close (lazy mode: the last
 *   subscription ended), not a loss: no screen was live, nothing was missed.
 *   graphql-ws re-opens after a 1000 only for new subscriptions, whose screens
 *   fetch their own queries.
 * - Any other close (4401 when the token expired, 1006 for a network drop,
 *   a gateway restart) is a loss; the next connection, after however many
 *   failed attempts, is one re-connection and refetches once.
 */
export interface ReconnectState {
  readonly connectedBefore: boolean;
  readonly lostSinceConnected: boolean;
}

export type SocketEvent =
  { readonly type: 'connected' } | { readonly type: 'closed'; readonly code: unknown };

/** Normal Closure: what graphql-ws closes with once no subscription needs the socket (and on dispose). */
const NORMAL_CLOSURE = 1000;

export const INITIAL_RECONNECT_STATE: ReconnectState = { connectedBefore: false, lostSinceConnected: false };

export function onSocketEvent(
  state: ReconnectState,
  event: SocketEvent,
): { readonly state: ReconnectState; readonly refetch: boolean } {
  if (event.type === 'connected') {
    return {
      state: { connectedBefore: true, lostSinceConnected: false },
      refetch: state.connectedBefore && state.lostSinceConnected,
    };
  }
  return {
    state: { ...state, lostSinceConnected: event.code !== NORMAL_CLOSURE },
    refetch: false,
  };
}

/** The state machine above as a listener pair; `refetch` runs once per re-connection. */
export function reconnectTracker(refetch: () => void): {
  connected(): void;
  closed(event: unknown): void;
} {
  let state = INITIAL_RECONNECT_STATE;
  const apply = (event: SocketEvent) => {
    const next = onSocketEvent(state, event);
    state = next.state;
    if (next.refetch) refetch();
  };
  return {
    connected: () => apply({ type: 'connected' }),
    closed: (event) =>
      apply({
        type: 'closed',
        code: typeof event === 'object' && event !== null && 'code' in event ? event.code : undefined,
      }),
  };
}
