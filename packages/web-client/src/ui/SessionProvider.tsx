import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { WebClient } from '../apollo-client';
import { GatewayError } from '../gateway-error';
import type { Session } from '../session';

/** What screens know about the signed-in user, and how to sign in and out. */
export interface SessionContextValue {
  readonly session: Session | null;
  /** Whether the subscription socket is up (screens show a "live" badge). */
  readonly live: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  readonly client: WebClient;
  /** The role this app is for; other roles are refused at sign-in. */
  readonly role: Session['role'];
  /** Told when this tab's user signs out (the app signs out its other tabs). */
  readonly onSignOut?: () => void;
  readonly children: ReactNode;
}

/** Apollo and the session for everything below it. */
export function SessionProvider({ client, role, onSignOut, children }: SessionProviderProps) {
  const { sessions, connected } = client;
  const session = useSyncExternalStore(sessions.subscribe, sessions.get, sessions.get);
  const live = useSyncExternalStore(connected.subscribe, connected.get, connected.get);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const next = await client.sessionApi.login(email, password);
      if (next.role !== role) {
        // Do not keep a session this app cannot use; end it at the gateway too.
        await client.sessionApi.logout(next.refreshToken).catch(() => undefined);
        throw new GatewayError([
          {
            code: 'WRONG_APP',
            message: `This app is for ${role.toLowerCase()}s; you signed in as ${next.role.toLowerCase()}`,
          },
        ]);
      }
      // Normally empty already (emptied when the last session ended); cleared before the screens mount.
      await client.apollo.clearStore();
      sessions.set(next);
    },
    [client, sessions, role],
  );

  const signOut = useCallback(async () => {
    const ended = client.signOut();
    onSignOut?.();
    await ended;
  }, [client, onSignOut]);

  const value = useMemo(() => ({ session, live, signIn, signOut }), [session, live, signIn, signOut]);
  return (
    <ApolloProvider client={client.apollo}>
      <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
    </ApolloProvider>
  );
}

/** The session context; throws outside a SessionProvider, which is a programming error. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
