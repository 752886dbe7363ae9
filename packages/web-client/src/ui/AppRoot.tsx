import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createWebClient } from '../apollo-client';
import type { Session } from '../session';
import { createSessionStore } from '../session';
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
 */
export function mountApp(definition: AppDefinition): void {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  const sessions = createSessionStore(`telemed.${definition.app}.session`, window.localStorage);
  const client = createWebClient({
    gatewayUrl: gatewayUrlFrom(definition.gatewayUrl, window.location.href),
    app: definition.app,
    sessions,
  });
  createRoot(element).render(
    <StrictMode>
      <SessionProvider client={client} role={definition.role}>
        <Layout title={definition.title}>
          <SignedIn loginTitle={`${definition.title}: sign in`}>{definition.screens}</SignedIn>
        </Layout>
      </SessionProvider>
    </StrictMode>,
  );
}
