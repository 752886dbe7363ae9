/** Tells the app's other tabs in this browser that the user signed out, and hears them say so. */
export interface SignOutChannel {
  /** Sent after this tab's Sign out button. */
  announce(): void;
  close(): void;
}

/**
 * Sessions are per tab (`tab-session.ts`), but on a shared machine "Sign
 * out" must not leave a patient's record open in a forgotten second tab. So
 * the Sign out button of one tab ends the sessions of every tab of the same
 * app in this browser: each receiving tab calls `onSignOutElsewhere`. Only
 * the button announces; a session that ends on its own (a refused refresh
 * token) concerns its tab alone. Null where there is no BroadcastChannel.
 */
export function signOutChannel(
  name: string,
  onSignOutElsewhere: () => void,
  open: ((name: string) => BroadcastChannel) | null = typeof BroadcastChannel === 'function'
    ? (n) => new BroadcastChannel(n)
    : null,
): SignOutChannel | null {
  if (!open) return null;
  const channel = open(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === SIGNED_OUT) onSignOutElsewhere();
  };
  return {
    announce: () => channel.postMessage(SIGNED_OUT),
    close: () => channel.close(),
  };
}

const SIGNED_OUT = 'signed-out';
