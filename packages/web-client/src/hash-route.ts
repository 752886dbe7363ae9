import { useSyncExternalStore } from 'react';

/**
 * The app's current screen, from the URL's hash (`#/appointments/42`). Two
 * screens per app do not need a router library, and hash URLs work from any
 * static file server without rewrite rules.
 */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentRoute, () => '/');
}

/** Goes to `path` (e.g. `/appointments/42`), adding a history entry so Back works. */
export function navigate(path: string): void {
  window.location.hash = path;
}

/** `/appointments/:id` → the id, else null (also for a malformed escape, which a hand-edited URL can hold). */
export function matchRoute(route: string, prefix: string): string | null {
  if (!route.startsWith(`${prefix}/`)) return null;
  const rest = route.slice(prefix.length + 1);
  if (!rest || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

function currentRoute(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
