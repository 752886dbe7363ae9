import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';
import type { ServiceCredentials } from './service-credentials';
import { SubgraphHttpError, subgraphFailure } from './subgraph-errors';
import type { Fetcher } from './subgraph-fetcher';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
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
}

/**
 * How the gateway calls one subgraph: over the shared keep-alive pool, with
 * the caller's JWT, correlation ID and trace context, plus the gateway's own
 * credentials for that subgraph. A subgraph that cannot answer becomes a
 * GraphQL error naming it, so the rest of the query plan still runs.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly credentials: ServiceCredentials;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.subgraph = options.name;
    this.credentials = options.credentials;
  }

  override willSendRequest(options: ProcessOptions): void | Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Health checks and schema loads have no caller; only operations forward headers.
    if ('incomingRequestContext' in options)
      setAll(headers, options.incomingRequestContext.context.forwardedHeaders);
    const credentials = this.credentials(this.subgraph);
    if (credentials instanceof Promise) return credentials.then((extra) => setAll(headers, extra));
    setAll(headers, credentials);
  }

  override async process(options: ProcessOptions): Promise<SubgraphResponse> {
    if (!('incomingRequestContext' in options)) return super.process(options);
    try {
      return await super.process(options);
    } catch (error) {
      // @apollo/gateway would pass this on as a bare error without the
      // subgraph's name, which production masking would then hide entirely.
      options.incomingRequestContext.context.logger.warn(
        { err: error, subgraph: this.subgraph },
        'subgraph request failed',
      );
      return subgraphFailure(this.subgraph, error);
    }
  }

  override async errorFromResponse(response: FetcherResponse): Promise<SubgraphHttpError> {
    const body = await this.parseBody(response).catch(() => undefined);
    return new SubgraphHttpError(response.status, body);
  }
}

function setAll(headers: RequestHeaders, values: Readonly<Record<string, string>>): void {
  for (const name in values) {
    const value = values[name];
    if (value !== undefined) headers.set(name, value);
  }
}
