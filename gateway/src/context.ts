import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '@telemed/auth/claims';
import type { Logger } from '@telemed/observability/logger';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import { telemetryEnabled } from '@telemed/observability/telemetry';
import { TRACEPARENT_PATTERN, TRACESTATE_MAX_LENGTH } from '@telemed/observability/trace-context';
import type { Authenticated } from './caller-authentication';

/** The end user's address as the gateway saw it; subgraphs trust it only on gateway-signed requests. */
export const CLIENT_IP_HEADER = 'x-client-ip';

/** What every resolver, plugin and subgraph call of one operation can see. */
export interface GatewayContext {
  /** The caller's correlation ID when well formed, else a new one; echoed in the response. */
  readonly correlationId: string;
  /** Logger bound to the correlation ID. */
  readonly logger: Logger;
  /** The verified caller; null for anonymous requests. */
  readonly caller: Caller | null;
  /** Headers that travel on to every subgraph (lower-case names): correlation ID, caller's JWT, client IP, trace context. */
  readonly forwardedHeaders: Readonly<Record<string, string>>;
}


/**
 * Picks the correlation ID for a request and puts it on the response at once,
 * so that every answer (including 400 and 413 ones Apollo never sees) carries it.
 */
export function correlate(req: IncomingMessage, res: ServerResponse): string {
  const id = correlationIdFrom(req.headers[CORRELATION_HEADER]);
  res.setHeader(CORRELATION_HEADER, id);
  return id;
}

/** The correlation ID `correlate` assigned to this request (or assigns it now). */
export function correlationIdOf(req: IncomingMessage, res: ServerResponse): string {
  const assigned = res.getHeader(CORRELATION_HEADER);
  return typeof assigned === 'string' ? assigned : correlate(req, res);
}

/**
 * Builds the per-request context once `correlate` has run and the caller is
 * established. Only the verified credential travels on: a caller's API key
 * never reaches a subgraph, the access token it was exchanged for does.
 */
export function buildContext(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  authenticated: Authenticated,
  clientIp: string | null = req.socket.remoteAddress ?? null,
): GatewayContext {
  const correlationId = correlationIdOf(req, res);
  return {
    correlationId,
    caller: authenticated.caller,
    logger: logger.child({ correlationId, ...(authenticated.caller && { userId: authenticated.caller.userId }) }),
    forwardedHeaders: forwardedHeaders(req, correlationId, authenticated.authorization, clientIp),
  };
}

function forwardedHeaders(
  req: IncomingMessage,
  correlationId: string,
  authorization: string | undefined,
  clientIp: string | null,
): Record<string, string> {
  const headers: Record<string, string> = { [CORRELATION_HEADER]: correlationId };
  const { traceparent, tracestate } = req.headers;
  if (authorization) headers.authorization = authorization;
  // By the platform's one rule (`clientIpOf`): the socket's peer, or what a trusted proxy says it is.
  if (clientIp) headers[CLIENT_IP_HEADER] = clientIp;
  // W3C trace context, forwarded as is while this gateway does not trace (and
  // only in its valid shape, so a caller cannot smuggle arbitrary text into
  // every subgraph's logs through it). While it traces, the caller's context
  // is the parent of the gateway's spans and undici's instrumentation sends
  // the gateway's own context to the subgraph instead.
  if (!telemetryEnabled() && typeof traceparent === 'string' && TRACEPARENT_PATTERN.test(traceparent)) {
    headers.traceparent = traceparent;
    if (typeof tracestate === 'string' && tracestate.length <= TRACESTATE_MAX_LENGTH)
      headers.tracestate = tracestate;
  }
  return headers;
}

/**
 * The forwarded headers that identify a caller, as one string for
 * de-duplication keys: all of them but the correlation ID, by name. Two
 * requests whose keys differ here never share a result or a subgraph fetch.
 */
export function callerKey(forwarded: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  for (const name of Object.keys(forwarded).sort()) {
    if (name !== CORRELATION_HEADER) parts.push(name, forwarded[name] ?? '');
  }
  return joinKey(parts);
}

/** Joins parts so that no two different lists give the same string (each part is length-prefixed). */
export function joinKey(parts: readonly string[]): string {
  let key = '';
  for (const part of parts) key += `${part.length}:${part}`;
  return key;
}
