import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Codes of the errors the gateway itself writes when a subgraph gives no usable
 * GraphQL answer. Their messages name only the subgraph, so they are safe to
 * show in production and tell the caller which part of the data is missing.
 */
export const SubgraphErrorCode = {
  /** Connection refused or reset, timeout, or a 5xx without a GraphQL body. */
  Unavailable: 'SUBGRAPH_UNAVAILABLE',
  /** The subgraph answered, but not with a GraphQL response. */
  BadResponse: 'SUBGRAPH_BAD_RESPONSE',
  /** The subgraph's response body was larger than the gateway reads (`GATEWAY_MAX_SUBGRAPH_RESPONSE_BYTES`). */
  TooLarge: 'SUBGRAPH_RESPONSE_TOO_LARGE',
} as const;

/** Thrown while reading a subgraph response body that goes over the gateway's cap; the rest is never read. */
export class SubgraphResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`subgraph response body is larger than ${maxBytes} bytes`);
    this.name = 'SubgraphResponseTooLargeError';
  }
}

/**
 * Thrown for a non-2xx subgraph response; keeps the parsed body so GraphQL
 * errors in it survive. A `GraphQLError` only because that is what
 * `RemoteGraphQLDataSource.errorFromResponse` must return.
 */
export class SubgraphHttpError extends GraphQLError {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`subgraph responded with HTTP ${status}`);
    this.name = 'SubgraphHttpError';
  }
}

/** A subgraph answer in the shape `executeQueryPlan` merges: errors, and any data that came with them. */
export interface SubgraphFailure {
  readonly data?: Record<string, unknown> | null;
  readonly errors: readonly GraphQLFormattedError[];
}

/**
 * Turns whatever went wrong while calling `subgraph` into a GraphQL answer, so
 * the query plan carries on with the other subgraphs and the error reaches the
 * caller with a path, a code and `serviceName` (added by @apollo/gateway).
 */
export function subgraphFailure(subgraph: string, error: unknown): SubgraphFailure {
  if (error instanceof SubgraphHttpError) {
    // A subgraph refusing a request (401/403/400 with GraphQL errors) has
    // already said why; its errors keep their own codes and messages.
    if (isGraphQLBody(error.body)) return { data: error.body.data ?? null, errors: error.body.errors };
    if (error.status === 401)
      return failure(
        subgraph,
        'UNAUTHENTICATED',
        `Subgraph "${subgraph}" refused the request as unauthenticated`,
      );
    if (error.status === 403)
      return failure(subgraph, 'FORBIDDEN', `Subgraph "${subgraph}" refused the request as forbidden`);
    if (error.status >= 500) return unavailable(subgraph);
    return failure(
      subgraph,
      SubgraphErrorCode.BadResponse,
      `Subgraph "${subgraph}" answered with HTTP ${error.status}`,
    );
  }
  if (error instanceof SubgraphResponseTooLargeError)
    return failure(subgraph, SubgraphErrorCode.TooLarge, `Subgraph "${subgraph}" answered with more data than this gateway accepts`);
  if (
    error instanceof SyntaxError ||
    (error instanceof Error && error.message.startsWith('Expected JSON response body'))
  ) {
    return failure(
      subgraph,
      SubgraphErrorCode.BadResponse,
      `Subgraph "${subgraph}" returned an invalid response`,
    );
  }
  return unavailable(subgraph);
}

function unavailable(subgraph: string): SubgraphFailure {
  return failure(subgraph, SubgraphErrorCode.Unavailable, `Subgraph "${subgraph}" is unavailable`);
}

function failure(subgraph: string, code: string, message: string): SubgraphFailure {
  return { errors: [{ message, extensions: { code, serviceName: subgraph } }] };
}

function isGraphQLBody(
  body: unknown,
): body is { data?: Record<string, unknown> | null; errors: GraphQLFormattedError[] } {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return false;
  const { errors } = body;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof e === 'object' && e !== null && typeof e.message === 'string')
  );
}
