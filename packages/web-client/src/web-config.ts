/** Where the gateway is when the build did not say (`npm start`'s gateway). */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

/**
 * The gateway URL an app was built for: `VITE_GATEWAY_URL` at build time (or
 * when the dev server started), else the local default. A path (`/graphql`)
 * is taken relative to `base`, the page's address, for apps served from the
 * gateway's origin behind a reverse proxy. Passed in rather than read here,
 * so this package does not depend on Vite or on `window`.
 */
export function gatewayUrlFrom(configured: string | undefined, base?: string): string {
  const value = configured?.trim();
  if (!value) return DEFAULT_GATEWAY_URL;
  // Fail at start-up with the variable's name, not later with "Failed to fetch".
  try {
    return new URL(value, base).toString();
  } catch {
    throw new Error(`VITE_GATEWAY_URL is not a URL: "${value}"`);
  }
}
