import { parse, type OperationDefinitionNode } from 'graphql';
import { callerKey } from './context';
import { createInFlight } from './in-flight';
import { deduplicatingExecutor, requestKey } from './request-deduplication';

type Executor = Parameters<typeof deduplicatingExecutor>[0];
type RequestContext = Parameters<Executor>[0];

interface FakeRequest {
  readonly query?: string;
  readonly operationName?: string;
  readonly variables?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

const restricted: unknown[] = [];

function requestContext(request: FakeRequest = {}): RequestContext {
  const query = request.query ?? '{ doctors { name } }';
  return {
    request: { query, operationName: request.operationName, variables: request.variables },
    queryHash: `hash-of:${query}`,
    operation: parse(query).definitions[0] as OperationDefinitionNode,
    context: { forwardedHeaders: { 'x-correlation-id': 'c-1', ...request.headers } },
    overallCachePolicy: { restrict: (hint: unknown) => restricted.push(hint) },
  } as unknown as RequestContext;
}

describe('requestKey', () => {
  const key = (request: FakeRequest) => requestKey(requestContext(request));

  it('ignores the correlation ID', () => {
    expect(key({ headers: { 'x-correlation-id': 'a' } })).toBe(key({ headers: { 'x-correlation-id': 'b' } }));
  });

  it('differs with anything that can change the answer', () => {
    const base = key({ headers: { authorization: 'Bearer a' } });
    expect(key({ headers: { authorization: 'Bearer b' } })).not.toBe(base);
    expect(key({})).not.toBe(base);
    expect(key({ headers: { authorization: 'Bearer a', traceparent: 't' } })).not.toBe(base);
    expect(key({ headers: { authorization: 'Bearer a' }, variables: { id: 1 } })).not.toBe(base);
    expect(key({ headers: { authorization: 'Bearer a' }, operationName: 'Q' })).not.toBe(base);
    expect(key({ headers: { authorization: 'Bearer a' }, query: '{ doctors { id } }' })).not.toBe(base);
  });

  it('does not let one part run into the next', () => {
    expect(callerKey({ a: 'b\u0000c=d' })).not.toBe(callerKey({ a: 'b', c: 'd' }));
    expect(key({ operationName: 'A', variables: { x: 1 } })).not.toBe(
      key({ operationName: 'A{', variables: { x: 1 } }),
    );
  });
});

describe('deduplicatingExecutor', () => {
  function countingExecutor() {
    const calls: RequestContext[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const execute: Executor = async (context) => {
      calls.push(context);
      await gate;
      return { data: { n: calls.length } };
    };
    return { calls, execute, release: () => release() };
  }

  it('runs concurrent identical queries once and gives each caller its own result object', async () => {
    const { calls, execute, release } = countingExecutor();
    const deduplicated = deduplicatingExecutor(execute);
    const pending = [
      deduplicated(requestContext()),
      deduplicated(requestContext()),
      deduplicated(requestContext()),
    ];
    release();
    const results = await Promise.all(pending);
    expect(calls).toHaveLength(1);
    expect(results.map((r) => r.data)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(new Set(results).size).toBe(3);
  });

  it("restricts each follower's cache policy by the leader's", async () => {
    restricted.length = 0;
    const { execute, release } = countingExecutor();
    const deduplicated = deduplicatingExecutor(execute);
    const pending = [deduplicated(requestContext()), deduplicated(requestContext())];
    release();
    await Promise.all(pending);
    expect(restricted).toHaveLength(1);
  });

  it('never shares mutations', async () => {
    const { calls, execute, release } = countingExecutor();
    const deduplicated = deduplicatingExecutor(execute);
    const mutation = { query: 'mutation { book { id } }' };
    const pending = [deduplicated(requestContext(mutation)), deduplicated(requestContext(mutation))];
    release();
    await Promise.all(pending);
    expect(calls).toHaveLength(2);
  });
});

describe('createInFlight', () => {
  it('forgets a key once its work settles, failures included', async () => {
    const inFlight = createInFlight<number>();
    let runs = 0;
    const fail = () => inFlight.run('k', async () => Promise.reject(new Error(`run ${++runs}`)));
    await expect(Promise.all([fail(), fail()])).rejects.toThrow('run 1');
    expect(inFlight.size).toBe(0);
    await expect(fail()).rejects.toThrow('run 2');
  });
});
