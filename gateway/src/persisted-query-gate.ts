import type { HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Counter } from 'prom-client';
import type { GatewayContext } from './context';
import { decidePersistedQuery, type PersistedQueryRequest } from './persisted-query-policy';
import type { Safelist } from './persisted-query-safelist';

/**
 * Applies the persisted-query policy while the context is built: after the
 * caller is authenticated and before Apollo looks an id up, parses or
 * validates anything, so a refused request costs no more than its
 * authentication and a partner learns nothing from validation messages.
 * (Apollo turns an error thrown by a plugin's `requestDidStart` into a 500,
 * and `didResolveOperation` runs only after parsing and validation.)
 * Refusals are HTTP 400 and logged at `warn` with the caller and the id.
 */
export function persistedQueryGate(options: {
  readonly safelist: Safelist;
  readonly requireIds: boolean;
  /** `gateway_persisted_query_refusals_total`. */
  readonly refusals?: Counter<'code' | 'audience'>;
}) {
  return (request: HTTPGraphQLRequest, context: GatewayContext): void => {
    const graphQLRequest = persistedQueryRequestOf(request);
    const decision = decidePersistedQuery(graphQLRequest, context.caller, options);
    if (decision.allowed) return;
    options.refusals?.inc({ code: decision.code, audience: decision.audience });
    context.logger.warn(
      {
        code: decision.code,
        audience: decision.audience,
        persistedQueryId: decision.id,
        sentQuery: graphQLRequest.query !== undefined,
      },
      'persisted query refused',
    );
    throw new GraphQLError(decision.message, { extensions: { code: decision.code, http: { status: 400 } } });
  };
}

/**
 * `query` and `extensions` as Apollo will read them: from a JSON body for
 * POST, from the search parameters for GET. Anything malformed is left
 * for Apollo to refuse; a query that is present in any form counts as sent.
 */
export function persistedQueryRequestOf(request: HTTPGraphQLRequest): PersistedQueryRequest {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    const query = params.get('query');
    const extensions = parseJson(params.get('extensions'));
    return { ...(query !== null && { query }), ...(isRecord(extensions) && { extensions }) };
  }
  const body = request.body;
  if (!isRecord(body)) return {};
  return {
    ...(body.query !== undefined && body.query !== null && { query: body.query }),
    ...(isRecord(body.extensions) && { extensions: body.extensions }),
  };
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
