/** Where the gateway is when the build did not say (`npm start`'s gateway). */
export const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';

/**
 * The gateway URL an app was built for: `VITE_GATEWAY_URL` at build time (or
 * when the dev server started), else the local default. Passed in rather than
 * read here, so this package does not depend on Vite.
 */
export function gatewayUrlFrom(configured: string | undefined): string {
  const value = configured?.trim();
  if (!value) return DEFAULT_GATEWAY_URL;
  // Fail at start-up with the variable's name, not later with "Failed to fetch".
  try {
    new URL(value);
  } catch {
    throw new Error(`VITE_GATEWAY_URL is not a URL: "${value}"`);
  }
  return value;
}
