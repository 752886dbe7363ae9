import autocannon from 'autocannon';
import { percentile } from './stats';

/** One HTTP request the load generator repeats. */
export interface LoadRequest {
  readonly url: string;
  readonly body: string;
  /** Sent with every request besides `content-type` (the caller's and, for the floors, the gateway's credentials). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The exact answer a correct response carries; any other body counts as an error. */
  readonly expectBody?: string;
  /** For answers that differ each time (a mutation's): any body with GraphQL errors counts as an error. */
  readonly rejectErrors?: boolean;
}

/** What one load run measured. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Latency of 2xx responses, in milliseconds, from the client's side. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connection errors, timeouts and responses whose body was not the expected one. */
  readonly errors: number;
  readonly non2xx: number;
  readonly requests: number;
}

export interface LoadOptions {
  readonly connections: number;
  /** Run for this many seconds ... */
  readonly durationSeconds?: number;
  /** ... or send this many requests. */
  readonly amount?: number;
}

/**
 * Drives one URL with autocannon (keep-alive connections, one request in
 * flight per connection). Latencies are collected from each response event,
 * not from autocannon's histogram, which rounds to whole milliseconds.
 */
export async function runLoad(request: LoadRequest, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 5 }),
    ...(request.expectBody !== undefined && { expectBody: request.expectBody }),
    ...(request.rejectErrors && { verifyBody: (body: unknown) => !String(body).includes('"errors"') }),
  });
  // @types/autocannon omits the first argument, the client.
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    },
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const completed = result.requests.total;
  return {
    // autocannon's own figure averages per-second samples; completed requests over the run's length is exact.
    requestsPerSecond: completed / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors: result.errors + result.timeouts + result.mismatches,
    non2xx: result.non2xx,
    requests: completed,
  };
}
