import {
  CombinedGraphQLErrors,
  CombinedProtocolErrors,
  ServerError,
  ServerParseError,
} from '@apollo/client/errors';

/** One error as the apps show it: the gateway's `extensions.code` and message. */
export interface ErrorLine {
  readonly code: string;
  readonly message: string;
}

/** A GraphQL error body as the gateway sends it. */
export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: unknown } & Readonly<Record<string, unknown>>;
}

/** A failed call to the gateway outside Apollo Client (sign-in, refresh). */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  constructor(readonly lines: readonly ErrorLine[]) {
    super(lines.map((l) => `${l.code}: ${l.message}`).join('; '));
  }

  /** Whether the gateway said the credentials are no good (as opposed to being unreachable). */
  get unauthenticated(): boolean {
    return this.lines.some((l) => l.code === 'UNAUTHENTICATED');
  }
}

/** Lines from GraphQL error bodies; a missing code reads as INTERNAL_SERVER_ERROR, as Apollo Server would say. */
export function linesOf(errors: readonly GraphQLErrorBody[]): ErrorLine[] {
  return errors.map((e) => ({
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
    message: e.message,
  }));
}

/**
 * What went wrong, for an error banner: every GraphQL error with its code;
 * transport failures as NETWORK_ERROR (gateway unreachable) or the HTTP status.
 */
export function describeError(error: unknown): ErrorLine[] {
  if (CombinedGraphQLErrors.is(error)) return linesOf(error.errors);
  if (CombinedProtocolErrors.is(error)) return linesOf(error.errors);
  if (error instanceof GatewayError) return [...error.lines];
  if (ServerError.is(error)) {
    // Apollo Server answers 4xx with a GraphQL body; prefer its code to the bare status.
    const parsed = parseErrors(error.bodyText);
    return parsed.length ? parsed : [{ code: `HTTP_${error.statusCode}`, message: error.message }];
  }
  if (ServerParseError.is(error))
    return [
      { code: `HTTP_${error.statusCode}`, message: 'The gateway answered with something that is not JSON' },
    ];
  if (error instanceof TypeError)
    return [{ code: 'NETWORK_ERROR', message: `Cannot reach the gateway (${error.message})` }];
  if (error instanceof Error) return [{ code: 'CLIENT_ERROR', message: error.message }];
  return [{ code: 'CLIENT_ERROR', message: String(error) }];
}

/**
 * Whether the gateway refused the caller's credentials (UNAUTHENTICATED,
 * HTTP 401): the access token was revoked, or the gateway's keys rotated
 * before the token's own expiry.
 */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) return true;
  return describeError(error).some((line) => line.code === 'UNAUTHENTICATED');
}

function parseErrors(body: string): ErrorLine[] {
  try {
    const parsed = JSON.parse(body) as { errors?: GraphQLErrorBody[] };
    return Array.isArray(parsed.errors) ? linesOf(parsed.errors) : [];
  } catch {
    return [];
  }
}
