import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '@telemed/observability/logger';

/**
 * Deliberate errors: the only ones whose message reaches a client. Each maps
 * to one `extensions.code`; anything else is masked by `formatError`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly extensions: Record<string, unknown>;
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.extensions = extensions;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { entity, id });
  }
}

/** Invalid input; `field` is the path of the offending argument, e.g. `['input', 'startsAt']`. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, field: readonly (string | number)[]) {
    super(message, { field: field.join('.') });
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** Too many attempts (logins, codes, resets); `retryAfterSeconds` says when to try again. */
export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { retryAfterSeconds });
  }
}

/**
 * A caller holds as many of something as it may (future appointments, files);
 * `limit` says how many. Not a rate: it clears when some are used up or removed.
 */
export class QuotaExceededError extends DomainError {
  readonly code = 'QUOTA_EXCEEDED';
  constructor(message: string, limit: number, field?: readonly (string | number)[]) {
    super(message, { limit, ...(field && { field: field.join('.') }) });
  }
}

// Codes Apollo Server itself assigns to errors that are safe to show.
const SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one error formatter of a subgraph: domain errors keep their message and
 * code; Apollo's own request errors pass; everything unexpected is logged
 * with the correlation ID and reaches the client as a masked internal error.
 */
export function createFormatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { ...original.extensions, code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && SAFE_CODES.has(code)) return formatted;
    if (original instanceof GraphQLError && original.extensions.code && original.extensions.code !== 'INTERNAL_SERVER_ERROR') {
      return formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in resolver');
    if (!production) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
