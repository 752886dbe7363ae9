import type { ReactNode } from 'react';
import { STYLES } from '../styles';
import { useSession } from './SessionProvider';

/** Header (app name, who is signed in, live badge, sign-out) above the screen. */
export function Layout({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const { session, live, signOut } = useSession();
  return (
    <>
      <style>{STYLES}</style>
      <header className="app-header">
        <a href="#/" className="app-title">
          {title}
        </a>
        {session && (
          <span className="app-user">
            <span
              className={live ? 'badge live' : 'badge'}
              data-testid="live-badge"
              title="Live updates over the gateway's WebSocket"
            >
              {live ? 'live' : 'offline'}
            </span>
            <span>{session.role.toLowerCase()}</span>
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </span>
        )}
      </header>
      <main className="app-main">{children}</main>
    </>
  );
}
