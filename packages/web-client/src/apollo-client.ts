import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { createAccessTokens, type AccessTokens } from './access-tokens';
import { createAuthLink } from './auth-link';
import { forgetOnSignOut } from './forget-on-sign-out';
import { webSocketUrlOf } from './gateway-url';
import { observableValue, type ObservableValue } from './observable-value';
import { isSubscription } from './operation-kind';
import { createPersistedQueryLink } from './persisted-query-link';
import { createSessionApi, type SessionApi } from './session-api';
import type { SessionStore } from './session';
import { createSubscriptionLink, type SubscriptionLinkOptions } from './subscription-link';
import { createUnauthenticatedRetryLink } from './unauthenticated-retry-link';

export interface WebClientOptions {
  /** The gateway's GraphQL endpoint over HTTP, e.g. `http://localhost:4000/graphql`. */
  readonly gatewayUrl: string;
  /** Names the app in correlation ids (`doctor:…`, `patient:…`). */
  readonly app: string;
  readonly sessions: SessionStore;
  /** A WebSocket class where there is no global one (Node 20, for tests). */
  readonly webSocketImpl?: SubscriptionLinkOptions['webSocketImpl'];
}

/** Everything an app needs to talk to the gateway. */
export interface WebClient {
  readonly apollo: ApolloClient;
  readonly sessionApi: SessionApi;
  readonly tokens: AccessTokens;
  readonly sessions: SessionStore;
  /** Whether the subscription socket is connected, for a "live" badge. */
  readonly connected: ObservableValue<boolean>;
  /** The graphql-ws client underneath the subscription link. */
  readonly ws: Client;
  /**
   * Ends this tab's session: forgotten here at once (the screens go, the cache
   * is emptied), then ended at the gateway with `logout`. Best effort, never
   * rejects: the gateway may be unreachable, the tab is signed out either way.
   */
  signOut(): Promise<void>;
}

/**
 * The one Apollo Client setup of the doctor and patient apps: a retry after
 * a refresh when the gateway refuses the token, correlation id and access
 * token on every operation, then subscriptions over graphql-ws and everything
 * else over HTTP, both to the gateway's `/graphql`. HTTP operations go as
 * their persisted ids from the apps' manifest, never as query text.
 */
export function createWebClient(options: WebClientOptions): WebClient {
  const sessionApi = createSessionApi(options.gatewayUrl);
  const tokens = createAccessTokens(options.sessions, sessionApi);
  const connected = observableValue(false);
  const subscriptions = createSubscriptionLink({
    url: webSocketUrlOf(options.gatewayUrl),
    tokens,
    onConnectionChange: connected.set,
    // Events pushed while the socket was down are lost (subscriptions do not replay), so
    // every query a screen is showing asks again; the subscriptions carry on from here.
    // Failures show up in each query's own error state.
    onReconnect: () => void apollo.refetchQueries({ include: 'active' }).catch(() => undefined),
    webSocketImpl: options.webSocketImpl,
  });
  const http = new HttpLink({
    uri: options.gatewayUrl,
    // Apollo Server's CSRF prevention wants a non-simple request; JSON POSTs are, GETs need this header.
    headers: { 'apollo-require-preflight': 'true' },
  });
  const link = ApolloLink.from([
    createUnauthenticatedRetryLink(tokens),
    createAuthLink(tokens, options.app),
    ApolloLink.split(({ query }) => isSubscription(query), subscriptions.link, ApolloLink.from([createPersistedQueryLink(), http])),
  ]);
  const apollo = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  forgetOnSignOut(options.sessions, apollo);
  async function signOut(): Promise<void> {
    const current = options.sessions.get();
    options.sessions.set(null);
    // `logout` ends the refresh-token family, so a copy of the token taken earlier is worthless too.
    if (current) await sessionApi.logout(current.refreshToken).catch(() => undefined);
  }
  return {
    apollo,
    sessionApi,
    tokens,
    sessions: options.sessions,
    connected,
    ws: subscriptions.client,
    signOut,
  };
}
