import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWebClient } from '../apollo-client';
import type { Session } from '../session';
import { createSessionStore, type KeyValueStorage } from '../session';
import type { SessionApi } from '../session-api';
import { signOutChannel } from '../sign-out-everywhere';
import { claimTabSession } from '../tab-session';
import { gatewayUrlFrom } from '../web-config';
import { Layout } from './Layout';
import { SessionProvider } from './SessionProvider';
import { SignedIn } from './SignedIn';

export interface AppDefinition {
  /** Short name: the session's storage key and the correlation-id prefix. */
  readonly app: string;
  /** The only role that may sign in to this app. */
  readonly role: Session['role'];
  readonly title: string;
  /** `import.meta.env.VITE_GATEWAY_URL` of the app's build. */
  readonly gatewayUrl: string | undefined;
  /** The app's screens, shown once signed in. */
  readonly screens: ReactNode;
}

/**
 * Mounts an app in `#root`: one Apollo Client and session for its lifetime,
 * the shared layout, and the login form until someone of `role` signs in.
 * The session is read only once this tab has made sure it is the session's
 * only holder (`claimTabSession`).
 */
export function mountApp(definition: AppDefinition): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  // Read before anything asynchronous, so a bad VITE_GATEWAY_URL stops the start with its name.
  const gatewayUrl = gatewayUrlFrom(definition.gatewayUrl, window.location.href);
  const key = `telemed.${definition.app}.session`;
  const storage = tabStorage();
  void claimTabSession(storage, key, navigator.locks ?? null).then(() => {
    const sessions = createSessionStore(key, storage);
    // Sign-in refuses other roles; a stored session of another role (edited storage) is not shown screens either.
    if (sessions.get() && sessions.get()?.role !== definition.role) sessions.set(null);
    const client = createWebClient({ gatewayUrl, app: definition.app, sessions });
    endLegacySession(key, client.sessionApi);
    // Sign out in one tab signs out the app's other tabs in this browser too.
    const others = signOutChannel(key, () => void client.signOut());
    createRoot(element).render(
      <StrictMode>
        <SessionProvider client={client} role={definition.role} onSignOut={() => others?.announce()}>
          <Layout title={definition.title}>
            <SignedIn loginTitle={`${definition.title}: sign in`}>{definition.screens}</SignedIn>
          </Layout>
        </SessionProvider>
      </StrictMode>,
    );
  });
}

/** This tab's `sessionStorage`, or null where the browser refuses it (the session then lasts until reload). */
function tabStorage(): KeyValueStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Versions before 2026-12-01 kept both tokens in `localStorage` under the same
 * key. Such a session is not carried over (shared by all tabs, it is what
 * this change removes): it is deleted and, best effort, ended at the gateway.
 */
function endLegacySession(key: string, api: SessionApi): void {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return;
    window.localStorage.removeItem(key);
    const { refreshToken } = JSON.parse(raw) as { refreshToken?: unknown };
    if (typeof refreshToken === 'string') void api.logout(refreshToken).catch(() => undefined);
  } catch {
    // Unreadable or refused storage: nothing to end.
  }
}
