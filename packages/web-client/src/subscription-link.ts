import { ApolloLink } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import type { AccessTokens } from './access-tokens';
import { isUnauthorizedClose, isUnauthorizedCloseError } from './close-codes';
import { reconnectTracker } from './reconnect';

/** How often a subscription is re-opened after 4401 closes in a row before its error reaches the screen. */
export const MAX_RESUBSCRIBES = 3;

export interface SubscriptionLinkOptions {
  /** `ws://…/graphql` or `wss://…/graphql`. */
  readonly url: string;
  readonly tokens: AccessTokens;
  /** Told when the connection is up or down, for a "live" indicator. */
  readonly onConnectionChange?: (connected: boolean) => void;
  /**
   * Called once each time the socket is connected again after it was lost
   * (4401, network drop; not the idle close of lazy mode): events sent
   * meanwhile were missed, so the caller refetches what screens show.
   */
  readonly onReconnect?: () => void;
  /** A WebSocket class where there is no global one (Node 20, for tests); browsers leave it out. */
  readonly webSocketImpl?: ClientOptions['webSocketImpl'];
  /** Wait before a reconnect attempt; graphql-ws's randomised exponential backoff unless a test shortens it. */
  readonly retryWait?: ClientOptions['retryWait'];
}

/**
 * graphql-ws's "terminated" close, which it retries: used when the token could
 * not be had (identity unreachable during a refresh), a passing problem.
 */
const TERMINATED_CLOSE = 4499;

/**
 * graphql-ws to the gateway. Lazy: the socket opens with the first
 * subscription and closes after the last. `connection_init` carries the
 * current access token, refreshed first when it is about to expire.
 *
 * graphql-ws treats a 4401 close as fatal and fails every subscription on the
 * socket. The gateway sends it when the token expires while connected, so the
 * `closed` listener marks that token refused and a RetryLink re-opens each
 * subscription: the new socket authenticates with a refreshed token.
 */
export function createSubscriptionLink(options: SubscriptionLinkOptions): {
  link: ApolloLink;
  client: Client;
} {
  const reconnects = reconnectTracker(() => options.onReconnect?.());
  let socket: Closable | null = null;
  const client = createClient({
    url: options.url,
    webSocketImpl: options.webSocketImpl,
    retryWait: options.retryWait,
    lazy: true,
    connectionParams: async () => {
      let token: string | null;
      try {
        token = await options.tokens.current();
      } catch {
        // A refresh that failed (gateway or identity unreachable; a refused refresh token has
        // signed the tab out already). Thrown from here, graphql-ws would close with 4005, which it
        // treats as fatal, failing every live screen for good. Closed as terminated, it retries with
        // backoff like after a network drop; nothing is sent on the closing socket.
        socket?.close(TERMINATED_CLOSE, 'Could not get an access token');
        return {};
      }
      // Without a token the gateway closes with 4401 at once; sending none keeps that path the only one.
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Network drops and gateway restarts: keep trying, with graphql-ws's randomised exponential backoff.
    retryAttempts: Infinity,
    on: {
      opened: (opened) => {
        socket = isClosable(opened) ? opened : null;
      },
      connected: () => {
        options.onConnectionChange?.(true);
        reconnects.connected();
      },
      closed: (event) => {
        if (isUnauthorizedClose(event)) options.tokens.refused();
        options.onConnectionChange?.(false);
        reconnects.closed(event);
      },
    },
  });
  const resubscribeAfterUnauthorized = new RetryLink({
    delay: { initial: 250, max: 2_000, jitter: true },
    attempts: (attempt, _operation, error) => attempt <= MAX_RESUBSCRIBES && isUnauthorizedCloseError(error),
  });
  return { link: ApolloLink.from([resubscribeAfterUnauthorized, new GraphQLWsLink(client)]), client };
}

/** The part of a WebSocket used to close it. */
interface Closable {
  close(code: number, reason: string): void;
}

function isClosable(value: unknown): value is Closable {
  return typeof value === 'object' && value !== null && 'close' in value && typeof value.close === 'function';
}
