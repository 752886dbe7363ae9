import type { IncomingMessage, ServerResponse } from 'node:http';

/** Which browser origins may call the gateway (the doctor and patient apps). */
export interface CorsPolicy {
  allows(origin: string): boolean;
}

// Any port on this machine: the apps' dev servers (5173, 5174) and the
// end-to-end test's static servers (free ports) alike.
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * `GATEWAY_CORS_ORIGINS`: a comma-separated list of exact origins
 * (`https://doctor.example.com,https://patient.example.com`). Unset, the
 * gateway allows loopback origins outside production and none in production,
 * where the apps' real origins must be named.
 */
export function corsPolicyFrom(env: NodeJS.ProcessEnv, production: boolean): CorsPolicy {
  const configured = env.GATEWAY_CORS_ORIGINS?.trim();
  if (configured) {
    const origins = new Set(
      configured
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    );
    for (const origin of origins) {
      // A typo here would silently lock an app out; stop at start-up instead.
      if (origin === '*' || new URL(origin).origin !== origin)
        throw new Error(`GATEWAY_CORS_ORIGINS: "${origin}" is not an origin like https://app.example.com`);
    }
    return { allows: (origin) => origins.has(origin) };
  }
  return { allows: (origin) => !production && LOOPBACK_ORIGIN.test(origin) };
}

/** Request headers the apps send: credentials, correlation, Apollo's CSRF header, trace context. */
const ALLOWED_HEADERS =
  'authorization, content-type, x-correlation-id, x-api-key, apollo-require-preflight, traceparent, tracestate';

/**
 * Adds CORS headers for an allowed origin and answers preflights. Returns
 * true when the request was a preflight and has been answered. Credentials
 * travel in `Authorization`, not cookies, so no `Allow-Credentials`.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, policy: CorsPolicy, methods = 'GET, POST, OPTIONS'): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'origin');
  const allowed = typeof origin === 'string' && policy.allows(origin);
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    // The apps read the correlation id of a failed request to quote it.
    res.setHeader('access-control-expose-headers', 'x-correlation-id');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', methods);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  // A refused origin gets the same 204 without the allow headers: the browser blocks the call.
  res.writeHead(204);
  res.end();
  return true;
}
