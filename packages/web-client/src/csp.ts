import { webSocketUrlOf } from './gateway-url';
import { gatewayUrlFrom } from './web-config';

/**
 * The Content-Security-Policy of a built app, for the gateway it was built
 * for (`VITE_GATEWAY_URL`). The apps hold a patient's records and a refresh
 * token, so script injected into the page is the threat that matters; the
 * policy lets the page run only its own bundled scripts and talk only to its
 * own origin and the gateway (HTTP and WebSocket). Styles may be inline:
 * `Layout` renders its stylesheet as a `<style>` element. Set as a `<meta>`
 * by the apps' Vite builds (a host can also send it as a header, which is
 * needed for `frame-ancestors`); not in dev, where Vite injects inline scripts.
 */
export function contentSecurityPolicy(configuredGatewayUrl: string | undefined): string {
  const connect = ["'self'"];
  const value = configuredGatewayUrl?.trim();
  // A path is the page's own origin, which 'self' covers, WebSocket included (CSP Level 3).
  if (!value?.startsWith('/')) {
    const http = gatewayUrlFrom(value);
    connect.push(new URL(http).origin, new URL(webSocketUrlOf(http)).origin);
  }
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
