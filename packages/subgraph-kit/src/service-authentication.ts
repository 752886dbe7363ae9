import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidServiceTokenError, SERVICE_TOKEN_HEADER, verifyServiceToken, type ServicePrincipal } from '@telemed/auth/service-token';
import type { ServiceTrust } from '@telemed/auth/service-trust';
import { VerifiedTokens } from '@telemed/auth/verified-tokens';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import type { Handler } from '@telemed/http-server/service';

const PRINCIPAL = Symbol('servicePrincipal');
type WithPrincipal = IncomingMessage & { [PRINCIPAL]?: ServicePrincipal };

/** The service that sent this request, once `requireServiceToken` let it through. */
export function servicePrincipalOf(req: IncomingMessage): ServicePrincipal {
  const principal = (req as WithPrincipal)[PRINCIPAL];
  if (!principal) throw new Error('servicePrincipalOf called on a request that was not checked');
  return principal;
}

/**
 * Wraps a subgraph's `/graphql` route: a request without a valid service
 * token for this subgraph (`aud` = its name) gets HTTP 401 before Apollo sees
 * it, so a subgraph cannot be reached around the gateway. Health, readiness,
 * metrics and JWKS routes are not wrapped.
 */
export function requireServiceToken(audience: string, trust: ServiceTrust, handler: Handler): Handler {
  // A gateway reuses one token per subgraph for minutes: verify each once, trust it until it expires.
  const verified = new VerifiedTokens<ServicePrincipal>({ maxEntries: 1_000 });
  return (req, res) => {
    const header = req.headers[SERVICE_TOKEN_HEADER];
    const token = Array.isArray(header) ? header[0] : header;
    if (!token) return refuse(req, res, 'Service token required: call this service through the gateway');
    let principal = verified.lookup(token);
    if (!principal) {
      try {
        principal = verified.remember(token, verifyServiceToken(token, trust, audience));
      } catch (error) {
        if (error instanceof InvalidServiceTokenError) return refuse(req, res, error.message);
        throw error;
      }
    }
    (req as WithPrincipal)[PRINCIPAL] = principal;
    return handler(req, res);
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, message: string): void {
  // Drain what the caller sent so the keep-alive socket stays usable.
  req.resume();
  res.writeHead(401, {
    'content-type': 'application/json',
    [CORRELATION_HEADER]: correlationIdFrom(req.headers[CORRELATION_HEADER]),
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
}
