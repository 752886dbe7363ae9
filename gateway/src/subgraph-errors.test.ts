import { SubgraphHttpError, subgraphFailure } from './subgraph-errors';

describe('subgraphFailure', () => {
  it('reports a network failure as the subgraph being unavailable, without the cause', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.9:4006'), { code: 'ECONNREFUSED' });
    expect(subgraphFailure('storage', cause)).toEqual({
      errors: [
        {
          message: 'Subgraph "storage" is unavailable',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'storage' },
        },
      ],
    });
  });

  it('passes through GraphQL errors a subgraph sent with a non-2xx status', () => {
    const body = { errors: [{ message: 'Service token missing', extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(subgraphFailure('payment', new SubgraphHttpError(401, body))).toEqual({
      data: null,
      errors: body.errors,
    });
  });

  it('names 401 and 403 without a GraphQL body by their meaning', () => {
    expect(subgraphFailure('payment', new SubgraphHttpError(401, 'nope')).errors[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(subgraphFailure('payment', new SubgraphHttpError(403, '')).errors[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('treats a 5xx page from a proxy as the subgraph being unavailable', () => {
    expect(
      subgraphFailure('identity', new SubgraphHttpError(502, '<html>Bad gateway</html>')).errors[0]
        ?.extensions,
    ).toEqual({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'identity',
    });
  });

  it('reports an unparsable answer as a bad response', () => {
    expect(subgraphFailure('analytics', new SyntaxError('Unexpected token <')).errors[0]).toEqual({
      message: 'Subgraph "analytics" returned an invalid response',
      extensions: { code: 'SUBGRAPH_BAD_RESPONSE', serviceName: 'analytics' },
    });
    expect(
      subgraphFailure('analytics', new SubgraphHttpError(404, 'Not found')).errors[0]?.extensions?.code,
    ).toBe('SUBGRAPH_BAD_RESPONSE');
  });
});
