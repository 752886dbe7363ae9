import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request, type Dispatcher } from 'undici';
import { callerKey, joinKey } from './context';
import { createInFlight } from './in-flight';
import { SubgraphResponseTooLargeError } from './subgraph-errors';

/** The fetch-like function `RemoteGraphQLDataSource` calls (from `@apollo/utils.fetcher`). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

export interface SubgraphFetcherOptions {
  /** Upper bound of sockets per subgraph origin. */
  readonly connectionsPerOrigin: number;
  /** Time a subgraph gets for its response headers, and again for its body. */
  readonly timeoutMs: number;
  /** Share one subgraph call between identical query fetches in flight at the same time. */
  readonly deduplicate: boolean;
  /**
   * Largest response body read from a subgraph; past it the body is dropped
   * and reading fails with `SubgraphResponseTooLargeError`, so one huge
   * answer cannot take the gateway's memory.
   */
  readonly maxResponseBytes: number;
}

/** A request whose body streams (a multipart upload): never de-duplicated, never buffered. */
export interface StreamingRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: AsyncIterable<Buffer>;
}
export type StreamingFetcher = (url: string, init: StreamingRequest) => Promise<FetcherResponse>;

export interface SubgraphFetcher {
  readonly fetcher: Fetcher;
  /** POSTs a streamed body over the same pool. */
  readonly stream: StreamingFetcher;
  /** Closes the pooled sockets (after in-flight requests finish). */
  close(): Promise<void>;
}

/**
 * One undici `Agent` shared by every subgraph data source: a keep-alive pool
 * per origin, so a gateway under load reuses a bounded set of sockets instead
 * of paying a TCP handshake per subgraph fetch. undici's `request` is used
 * rather than its `fetch`, which adds WHATWG stream and object overhead the
 * gateway does not need. With `deduplicate`, identical query fetches in
 * flight at once (same URL, body and headers but the correlation ID) share
 * one call; the subgraph then sees the first caller's correlation ID.
 */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.connectionsPerOrigin,
    // Subgraph servers keep idle sockets for 65 s; closing ours a little
    // earlier means we never write to a socket the server is closing.
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 60_000,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const send = async (url: string, init?: FetcherRequestInit) => {
    const response = await request(url, {
      dispatcher: agent,
      method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init?.headers,
      body: init?.body,
    });
    return new PooledResponse(url, response, options.maxResponseBytes);
  };
  const stream: StreamingFetcher = async (url, init) =>
    new PooledResponse(
      url,
      await request(url, { dispatcher: agent, method: 'POST', headers: init.headers, body: Readable.from(init.body) }),
      options.maxResponseBytes,
    );
  if (!options.deduplicate) return { fetcher: send, stream, close: () => agent.close() };

  const inFlight = createInFlight<BufferedBody>();
  const fetcher: Fetcher = async (url: string, init?: FetcherRequestInit) => {
    const body = init?.body;
    if (typeof body !== 'string' || !isQuery(body)) return send(url, init);
    const key = joinKey([init?.method ?? 'GET', url, body, callerKey(init?.headers ?? {})]);
    const shared = await inFlight.run(key, async () => BufferedBody.read(await send(url, init)));
    return shared.response(url);
  };
  return { fetcher, stream, close: () => agent.close() };
}

/**
 * Whether a subgraph request body, as @apollo/gateway serialises it (`query`
 * first), holds a query operation. Anything else, mutations included, is
 * never shared; a body in an unexpected shape is simply not de-duplicated.
 */
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{');
}

/**
 * A subgraph answer read once and handed to every fetch that shared it. Each
 * gets its own response object and parses the text itself: the gateway merges
 * parsed subgraph data into each operation's result in place, so parsed
 * objects must never be shared between operations.
 */
class BufferedBody {
  private constructor(
    private readonly status: number,
    private readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    private readonly text: string,
  ) {}

  static async read(response: PooledResponse): Promise<BufferedBody> {
    const text = await response.text();
    return new BufferedBody(response.status, response.statusText, response.rawHeaders, text);
  }

  response(url: string): FetcherResponse {
    const { status, statusText, rawHeaders, text } = this;
    let used = false;
    let headers: FetcherHeaders | undefined;
    const consume = () => {
      used = true;
      return text;
    };
    return {
      url,
      status,
      statusText,
      redirected: false,
      ok: status >= 200 && status < 300,
      get bodyUsed() {
        return used;
      },
      get headers() {
        return (headers ??= new RawHeaders({ ...rawHeaders }));
      },
      text: async () => consume(),
      json: async () => JSON.parse(consume()) as unknown,
      arrayBuffer: async () => new TextEncoder().encode(consume()).buffer as ArrayBuffer,
      clone: () => this.response(url),
    };
  }
}

/** The slice of the Fetch `Response` that the gateway reads, over an undici response. */
class PooledResponse implements FetcherResponse {
  readonly redirected = false;
  private used = false;
  private headerView: FetcherHeaders | undefined;

  constructor(
    readonly url: string,
    private readonly response: Dispatcher.ResponseData,
    private readonly maxBytes: number,
  ) {}

  get status(): number {
    return this.response.statusCode;
  }
  get ok(): boolean {
    return this.response.statusCode >= 200 && this.response.statusCode < 300;
  }
  get statusText(): string {
    return this.response.statusText ?? '';
  }
  get bodyUsed(): boolean {
    return this.used;
  }
  get headers(): FetcherHeaders {
    return (this.headerView ??= new RawHeaders(this.response.headers));
  }
  get rawHeaders(): IncomingHttpHeaders {
    return this.response.headers;
  }
  async text(): Promise<string> {
    return (await this.read()).toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.read();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  /** The whole body, refused (and the socket's rest discarded) once it passes the cap. */
  private async read(): Promise<Buffer> {
    this.used = true;
    const { body, headers } = this.response;
    const declared = Number(headers['content-length']);
    if (declared > this.maxBytes) {
      body.destroy();
      throw new SubgraphResponseTooLargeError(this.maxBytes);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > this.maxBytes) {
        body.destroy();
        throw new SubgraphResponseTooLargeError(this.maxBytes);
      }
      chunks.push(chunk);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  }
  clone(): FetcherResponse {
    // The gateway never clones subgraph responses; buffering every body to
    // support it would cost memory on the hot path.
    throw new Error('PooledResponse cannot be cloned');
  }
}

/**
 * `Headers` over undici's plain header object. The WHATWG `Headers` class
 * validates and copies every header; the gateway only looks up one or two
 * (content-type, cache-control) per subgraph response.
 */
class RawHeaders implements FetcherHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
  set(name: string, value: string): void {
    this.raw[name.toLowerCase()] = value;
  }
  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }
  delete(name: string): void {
    delete this.raw[name.toLowerCase()];
  }
  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }
  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }
  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}
