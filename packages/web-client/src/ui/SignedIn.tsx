import type { ReactNode } from 'react';
import { LoginForm } from './LoginForm';
import { useSession } from './SessionProvider';

/** Its children once signed in; the login form before. */
export function SignedIn({
  loginTitle,
  children,
}: {
  readonly loginTitle: string;
  readonly children: ReactNode;
}) {
  const { session } = useSession();
  return session ? <>{children}</> : <LoginForm title={loginTitle} />;
}
