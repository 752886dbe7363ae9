import type { GraphQLFormattedError } from 'graphql';
import { QUERY_TOO_COMPLEX } from './operation-limits/operation-limiter';
import { SubgraphErrorCode } from './subgraph-errors';

/**
 * Codes of errors written for callers on purpose. In production only these
 * keep their message; anything else may carry internals (SQL, hostnames,
 * stack frames) and is masked.
 */
export const DELIBERATE_ERROR_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'QUOTA_EXCEEDED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_REQUIRED',
  SubgraphErrorCode.Unavailable,
  SubgraphErrorCode.BadResponse,
  SubgraphErrorCode.TooLarge,
  QUERY_TOO_COMPLEX,
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** The `extensions.code` of an error or formatted error, if it has a string one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return undefined;
  const { extensions } = error;
  if (typeof extensions !== 'object' || extensions === null || !('code' in extensions)) return undefined;
  return typeof extensions.code === 'string' ? extensions.code : undefined;
}

export function isDeliberate(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && DELIBERATE_ERROR_CODES.has(code);
}

// Extensions that carry stack frames, whichever server or version produced them.
const DEBUG_EXTENSIONS = ['stacktrace', 'exception'];

/**
 * Production `formatError`: deliberate errors pass without debug extensions;
 * every other error becomes "Internal server error" and keeps only its path,
 * locations and `serviceName`, so a caller still learns which subgraph failed.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (isDeliberate(formatted)) {
    if (!extensions || !DEBUG_EXTENSIONS.some((key) => key in extensions)) return formatted;
    const kept = { ...extensions };
    for (const key of DEBUG_EXTENSIONS) delete kept[key];
    return { ...formatted, extensions: kept };
  }
  const serviceName = extensions?.serviceName;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations && { locations: formatted.locations }),
    ...(formatted.path && { path: formatted.path }),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof serviceName === 'string' && { serviceName }) },
  };
}
