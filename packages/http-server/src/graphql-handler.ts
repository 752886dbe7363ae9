import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { processRequest, type UploadOptions } from 'graphql-upload-minimal';
import { BodyTooLargeError, readBody } from './read-body';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  /**
   * Builds the per-request context; runs only for requests that reach
   * execution. It sees the parsed request (body, search) too, so it can
   * refuse a request by its content before Apollo parses anything: a
   * GraphQLError thrown here is the whole answer, with its `http` status.
   */
  readonly context: (req: IncomingMessage, res: ServerResponse, request: HTTPGraphQLRequest) => Promise<TContext>;
  readonly maxBodyBytes: number;
  /**
   * Accept GraphQL multipart requests (file uploads, graphql-upload-minimal)
   * within these limits; without it a multipart request gets 415.
   */
  readonly uploads?: UploadOptions;
  /** Headers added to every GraphQL response (for example the correlation ID). */
  readonly responseHeaders?: (req: IncomingMessage) => Record<string, string>;
}

/**
 * Serves Apollo Server over plain `node:http`, following the GraphQL-over-HTTP
 * spec through `executeHTTPGraphQLRequest` (GET and POST, content negotiation,
 * CSRF prevention). No framework sits between the socket and Apollo: the
 * gateway's hot path stays short.
 */
export function createGraphQLHandler<TContext extends BaseContext>(options: GraphQLHandlerOptions<TContext>) {
  return async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const extra = options.responseHeaders?.(req) ?? {};
    let body: unknown;
    const type = headers.get('content-type') ?? '';
    if (req.method === 'POST' && type.startsWith('multipart/form-data')) {
      if (!options.uploads) return sendError(res, 415, 'BAD_REQUEST', 'Multipart requests are not accepted here', extra);
      // A form can post multipart across origins without a preflight: refuse
      // it before a byte is parsed unless it carries a header only a
      // preflighted request can (Apollo's CSRF rule, applied early).
      if (!headers.get('apollo-require-preflight') && !headers.get('x-apollo-operation-name')) {
        req.resume();
        return sendError(res, 400, 'BAD_REQUEST', 'A multipart request must carry an apollo-require-preflight header', extra);
      }
      try {
        body = await processRequest(req, res, options.uploads);
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        if (typeof status !== 'number') throw error;
        req.resume();
        return sendError(res, status, status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', (error as Error).message, extra);
      }
    } else if (req.method === 'POST') {
      let raw: string;
      try {
        raw = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', error.message, extra);
        throw error;
      }
      if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return sendError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON', extra);
        }
      } else {
        body = raw;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => options.context(req, res, httpGraphQLRequest),
    });
    for (const [key, value] of Object.entries(extra)) response.headers.set(key, value);
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string>) {
  res.writeHead(status, { 'content-type': 'application/json', ...extra });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
