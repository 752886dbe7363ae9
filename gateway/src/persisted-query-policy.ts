import type { Caller } from '@telemed/auth/claims';
import type { Audience, Safelist } from './persisted-query-safelist';

/** A new code: the caller sent a query string where only a persisted id is accepted. */
export const PERSISTED_QUERY_REQUIRED = 'PERSISTED_QUERY_REQUIRED';
/** Apollo's code for an id the server does not know; here also for ids outside the caller's manifest. */
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** The parts of a GraphQL request the policy looks at. */
export interface PersistedQueryRequest {
  /** The query text as sent (not necessarily a string: what matters is that one was sent). */
  readonly query?: unknown;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export type PersistedQueryDecision =
  | { readonly allowed: true; readonly audience: Audience; readonly id: string | null }
  | {
      readonly allowed: false;
      readonly audience: Audience;
      readonly id: string | null;
      readonly code: typeof PERSISTED_QUERY_REQUIRED | typeof PERSISTED_QUERY_NOT_FOUND;
      readonly message: string;
    };

/** Partners (any PARTNER caller, API key or not) run the partner manifest; everyone else is the apps' audience. */
export function audienceOf(caller: Caller | null): Audience {
  return caller?.roles.includes('PARTNER') ? 'partners' : 'apps';
}

/**
 * Whether a request may run, before Apollo resolves its source:
 * - partners, and everyone when `requireIds` is on, send an id and no query;
 * - an id must be in the caller's audience's manifest, whether or not a
 *   query comes with it (an APQ registration of an unknown id is refused,
 *   not executed);
 * - otherwise (apps' audience, ids not required) a plain query runs.
 */
export function decidePersistedQuery(
  request: PersistedQueryRequest,
  caller: Caller | null,
  options: { readonly safelist: Safelist; readonly requireIds: boolean },
): PersistedQueryDecision {
  const audience = audienceOf(caller);
  const persisted = request.extensions?.persistedQuery;
  const hash = isRecord(persisted) && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
  const refuse = (code: typeof PERSISTED_QUERY_REQUIRED | typeof PERSISTED_QUERY_NOT_FOUND, message: string) =>
    ({ allowed: false, audience, id: hash, code, message }) as const;
  const idsOnly = audience === 'partners' || options.requireIds;
  if (request.query !== undefined && idsOnly) {
    return refuse(
      PERSISTED_QUERY_REQUIRED,
      audience === 'partners'
        ? 'Partners may only run operations of the partner manifest: send extensions.persistedQuery.sha256Hash with its id and no query'
        : 'This gateway only runs persisted operations: send extensions.persistedQuery.sha256Hash and no query',
    );
  }
  if (persisted === undefined) {
    return idsOnly
      ? refuse(PERSISTED_QUERY_REQUIRED, 'Send extensions.persistedQuery.sha256Hash with the id of a persisted operation')
      : { allowed: true, audience, id: null };
  }
  if (hash === null) return refuse(PERSISTED_QUERY_NOT_FOUND, 'extensions.persistedQuery.sha256Hash must be a string');
  if (!options.safelist.has(audience, hash)) {
    return refuse(
      PERSISTED_QUERY_NOT_FOUND,
      request.query !== undefined
        ? 'Persisted queries cannot be registered: this id is not in the manifest'
        : `No operation with this id in the ${audience === 'partners' ? 'partner' : "apps'"} manifest`,
    );
  }
  return { allowed: true, audience, id: hash };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
