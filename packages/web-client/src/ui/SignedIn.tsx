import type { ReactNode } from 'react';
import { useHashRoute } from '../hash-route';
import { ErrorBoundary } from './ErrorBoundary';
import { LoginForm } from './LoginForm';
import { useSession } from './SessionProvider';

/**
 * Its children once signed in; the login form before. A screen that fails to
 * render is caught; going to another screen or signing out starts afresh.
 */
export function SignedIn({
  loginTitle,
  children,
}: {
  readonly loginTitle: string;
  readonly children: ReactNode;
}) {
  const { session } = useSession();
  const route = useHashRoute();
  if (!session) return <LoginForm title={loginTitle} />;
  return <ErrorBoundary key={`${session.userId} ${route}`}>{children}</ErrorBoundary>;
}
