import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { trace } from '@opentelemetry/api';
import type { GatewayContext } from './context';
import { codeLabel, type GatewayMetrics } from './gateway-metrics';
import type { ServiceCredentials } from './service-credentials';
import { SubgraphHttpError, subgraphFailure } from './subgraph-errors';
import type { Fetcher, StreamingFetcher } from './subgraph-fetcher';
import { findUploads, multipartRequest, withoutUploads } from './upload-forwarding';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type OperationOptions = Extract<ProcessOptions, { incomingRequestContext: unknown }>;
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type RequestHeaders = NonNullable<ProcessOptions['request']['http']>['headers'];

export interface SubgraphDataSourceOptions {
  /** Subgraph name from the supergraph (`join__Graph`), used in errors, logs and as token audience. */
  readonly name: string;
  readonly url: string;
  /** Shared pooled keep-alive fetcher (see `createSubgraphFetcher`). */
  readonly fetcher: Fetcher;
  readonly credentials: ServiceCredentials;
  /** For operations carrying files (`Upload` variables): forwarded as a streamed multipart request. */
  readonly stream?: StreamingFetcher;
  /** Latency and errors per subgraph fetch. */
  readonly metrics?: Pick<GatewayMetrics, 'subgraphFetchDuration' | 'subgraphFetchErrors'>;
}

/**
 * How the gateway calls one subgraph: over the shared keep-alive pool, with
 * the caller's JWT, correlation ID and trace context, plus the gateway's own
 * credentials for that subgraph. A subgraph that cannot answer becomes a
 * GraphQL error naming it, so the rest of the query plan still runs.
 *
 * Operation fetches skip `RemoteGraphQLDataSource.process`, which builds a
 * node-fetch `Headers` and `Request` per call only to copy them into a plain
 * object again; they send the same request (POST, JSON body with `query`
 * first) and honour the subgraph's Cache-Control the same way. Health checks
 * and schema loads still go through it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly credentials: ServiceCredentials;
  private readonly stream: StreamingFetcher | undefined;
  private readonly metrics: SubgraphDataSourceOptions['metrics'];

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.subgraph = options.name;
    this.credentials = options.credentials;
    this.stream = options.stream;
    this.metrics = options.metrics;
  }

  /** Used by the inherited `process` (health checks, schema loads): no caller, only credentials. */
  override willSendRequest(options: ProcessOptions): void | Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    const credentials = this.credentials(this.subgraph);
    if (credentials instanceof Promise) return credentials.then((extra) => setAll(headers, extra));
    setAll(headers, credentials);
  }

  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    if (!('incomingRequestContext' in options)) return super.process(options);
    // @apollo/gateway's own span for this fetch (`gateway.fetch`, attribute
    // `service`): named after the subgraph, so a trace reads at a glance.
    const span = trace.getActiveSpan();
    if (span?.isRecording()) span.updateName(`gateway.fetch ${this.subgraph}`);
    const stop = this.metrics?.subgraphFetchDuration.startTimer({ subgraph: this.subgraph });
    let response: SubgraphResponse;
    try {
      response = await this.fetchOperation(options);
    } catch (error) {
      // @apollo/gateway would pass this on as a bare error without the
      // subgraph's name, which production masking would then hide entirely.
      options.incomingRequestContext.context.logger.warn(
        { err: error, subgraph: this.subgraph },
        'subgraph request failed',
      );
      response = subgraphFailure(this.subgraph, error);
    }
    stop?.();
    for (const error of response.errors ?? [])
      this.metrics?.subgraphFetchErrors.inc({ subgraph: this.subgraph, code: codeLabel(error.extensions?.code) });
    return response;
  }

  override async errorFromResponse(response: FetcherResponse): Promise<SubgraphHttpError> {
    const body = await this.parseBody(response).catch(() => undefined);
    return new SubgraphHttpError(response.status, body);
  }

  private async fetchOperation(options: OperationOptions): Promise<SubgraphResponse> {
    const { request, incomingRequestContext } = options;
    const headers: Record<string, string> = {};
    // What @apollo/gateway itself adds (the ftv1 trace header when it traces).
    if (request.http) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    Object.assign(headers, incomingRequestContext.context.forwardedHeaders);
    const credentials = this.credentials(this.subgraph);
    Object.assign(headers, credentials instanceof Promise ? await credentials : credentials);
    if (!request.query) throw new Error('Missing query');
    const uploads = findUploads(request.variables);
    if (uploads.length) {
      if (!this.stream) throw new Error(`${this.subgraph} takes no file uploads through this gateway`);
      const operation = { query: request.query, variables: withoutUploads(request.variables), operationName: request.operationName };
      const multipart = multipartRequest(operation, uploads);
      // The subgraph applies Apollo's CSRF rule to multipart too; the gateway already did.
      let response: FetcherResponse;
      try {
        response = await this.stream(this.url, {
          headers: { ...headers, 'content-type': multipart.contentType, 'apollo-require-preflight': 'true' },
          body: multipart.body,
        });
      } catch (error) {
        // Cut off at the gateway's cap: the caller's mistake, not the subgraph's failure.
        const cut = multipart.cutOff();
        if (!cut) throw error;
        const field = cut.path.replace(/^variables\./, '');
        return { errors: [{ message: `The file is larger than this gateway accepts`, extensions: { code: 'BAD_USER_INPUT', field } }] };
      }
      if (!response.ok) throw await this.errorFromResponse(response);
      return { ...((await this.parseBody(response)) as object), http: response };
    }
    // `query` first, as @apollo/gateway sends it (the fetcher's de-duplication relies on it).
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
      extensions: request.extensions,
    });
    const response = await this.fetcher(this.url, { method: 'POST', headers, body });
    if (!response.ok) throw await this.errorFromResponse(response);
    const answer = await this.parseBody(response);
    if (typeof answer !== 'object' || answer === null)
      throw new Error(`Expected JSON response body, but received: ${String(answer)}`);
    const policy = incomingRequestContext.overallCachePolicy;
    if (this.honorSubgraphCacheControlHeader && policy && 'restrict' in policy)
      policy.restrict(cacheHint(response.headers.get('cache-control')));
    return { ...answer, http: response };
  }
}

function setAll(headers: RequestHeaders, values: Readonly<Record<string, string>>): void {
  for (const name in values) {
    const value = values[name];
    if (value !== undefined) headers.set(name, value);
  }
}

/** A subgraph's Cache-Control as Apollo's cache hint, read as `RemoteGraphQLDataSource` reads it. */
export function cacheHint(header: string | null): { maxAge: number; scope?: 'PRIVATE' | 'PUBLIC' } {
  const directives = new Map<string, string | true>();
  for (const part of (header ?? '').trim().split(/\s*,\s*/)) {
    if (!part) continue;
    const [name = '', value] = part.split(/\s*=\s*/, 2);
    directives.set(name, value === undefined ? true : value.replace(/^"|"$/g, ''));
  }
  const maxAge = directives.get('max-age');
  return {
    maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
    ...(directives.get('private') === true && { scope: 'PRIVATE' }),
    ...(directives.get('public') === true && { scope: 'PUBLIC' }),
  };
}
