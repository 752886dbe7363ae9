import { SERVICE_TOKEN_HEADER } from '@telemed/auth/service-token';
import type { ServiceIdentity } from '@telemed/auth/service-identity';
import { CORRELATION_HEADER } from '@telemed/observability/correlation';
import type { Logger } from '@telemed/observability/logger';
import { subgraphUrl } from '@telemed/topology/subgraphs';
import { Gauge, type Registry } from 'prom-client';
import { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker';
import { CircuitOpenError, ServiceCallError, ServiceGraphQLError } from './errors';

export interface ServiceClientOptions {
  /** The calling service; it signs a service token for each target itself. */
  readonly self: Pick<ServiceIdentity, 'name' | 'tokenFor'>;
  /** Where a target's GraphQL endpoint is (default: `SUBGRAPH_<NAME>_URL` or the topology's port). */
  readonly urlOf?: (target: string) => string;
  /** Per attempt (default 2 s). */
  readonly timeoutMs?: number;
  /** Extra attempts for idempotent operations (default 2). */
  readonly retries?: number;
  readonly breaker?: Partial<CircuitBreakerOptions>;
  readonly logger?: Logger;
  readonly fetch?: typeof fetch;
  /** Where `service_client_circuit_state` is registered (the service's `/metrics`); one client per registry. */
  readonly registry?: Registry;
}

const CIRCUIT_STATES: readonly CircuitState[] = ['closed', 'open', 'half-open'];

export interface ServiceRequest {
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The request this call belongs to; travels on as `x-correlation-id`. */
  readonly correlationId: string;
  /** The end user's `Authorization` header, when the call is made on their behalf. */
  readonly authorization?: string;
  /**
   * Whether sending the operation twice is harmless. Queries are; a mutation
   * only when the target deduplicates it (say so explicitly). Only idempotent
   * operations are retried.
   */
  readonly idempotent?: boolean;
}

interface GraphQLResponseBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The one client for subgraph-to-subgraph (and gateway-to-identity) calls:
 * a service token for the target, the correlation ID, a timeout per attempt,
 * retries with backoff for idempotent operations only, and a circuit breaker
 * per target.
 */
export function createServiceClient(options: ServiceClientOptions) {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const retries = options.retries ?? 2;
  const urlOf = options.urlOf ?? ((target: string) => subgraphUrl(target));
  const doFetch = options.fetch ?? fetch;
  const breakers = new Map<string, CircuitBreaker>();
  const breakerOf = (target: string) => {
    let breaker = breakers.get(target);
    if (!breaker) {
      breaker = new CircuitBreaker({ failureThreshold: 5, resetAfterMs: 10_000, ...options.breaker });
      breakers.set(target, breaker);
    }
    return breaker;
  };
  if (options.registry) {
    new Gauge({
      name: 'service_client_circuit_state',
      help: 'Circuit breaker of calls to each target service: 1 for its current state (closed, open, half-open), 0 for the others',
      labelNames: ['target', 'state'],
      registers: [options.registry],
      collect() {
        for (const [target, breaker] of breakers) {
          const current = breaker.state;
          for (const state of CIRCUIT_STATES) this.set({ target, state }, state === current ? 1 : 0);
        }
      },
    });
  }

  async function attempt<T>(target: string, request: ServiceRequest): Promise<T> {
    const breaker = breakerOf(target);
    if (!breaker.tryAcquire()) throw new CircuitOpenError(target);
    let response: Response;
    try {
      response = await doFetch(urlOf(target), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SERVICE_TOKEN_HEADER]: options.self.tokenFor(target),
          [CORRELATION_HEADER]: request.correlationId,
          ...(request.authorization ? { authorization: request.authorization } : {}),
        },
        body: JSON.stringify({ query: request.query, variables: request.variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      breaker.onFailure();
      const reason = error instanceof Error && error.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : String(error);
      throw new ServiceCallError(`${target} could not be reached: ${reason}`, target, true);
    }
    if (response.status >= 500 || response.status === 429) {
      breaker.onFailure();
      await response.body?.cancel();
      throw new ServiceCallError(`${target} answered ${response.status}`, target, true, response.status);
    }
    // The target answered: it is healthy, whatever it thought of the request.
    breaker.onSuccess();
    let body: GraphQLResponseBody<T>;
    try {
      body = (await response.json()) as GraphQLResponseBody<T>;
    } catch {
      throw new ServiceCallError(`${target} answered ${response.status} without a JSON body`, target, false, response.status);
    }
    if (body.errors?.length) throw new ServiceGraphQLError(target, body.errors);
    if (!response.ok || !body.data) throw new ServiceCallError(`${target} answered ${response.status}`, target, false, response.status);
    return body.data;
  }

  return {
    /** Runs one operation on `target` and returns its `data`; throws a `ServiceCallError` otherwise. */
    async request<T>(target: string, request: ServiceRequest): Promise<T> {
      const idempotent = request.idempotent ?? !/^\s*mutation\b/.test(request.query);
      const attempts = idempotent ? retries + 1 : 1;
      for (let n = 1; ; n++) {
        try {
          return await attempt<T>(target, request);
        } catch (error) {
          const retry = n < attempts && error instanceof ServiceCallError && error.retryable && !(error instanceof CircuitOpenError);
          options.logger?.warn({ err: error, target, attempt: n, retry, correlationId: request.correlationId }, 'service call failed');
          if (!retry) throw error;
          await sleep(Math.min(1_000, 50 * 2 ** (n - 1)) * (0.5 + Math.random()));
        }
      }
    },
    /** Breaker state per target, for readiness pages and tests. */
    circuitState(target: string) {
      return breakerOf(target).state;
    },
  };
}

export type ServiceClient = ReturnType<typeof createServiceClient>;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
