import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp';

/**
 * Puts the app's Content-Security-Policy (`csp.ts`) into the built
 * index.html, first in `<head>` so it covers everything after it. Builds
 * only: the dev server injects inline scripts (React refresh) the policy
 * would block.
 */
export function cspPlugin(gatewayUrl: string | undefined): Plugin {
  return {
    name: 'telemed-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(gatewayUrl) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
