import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, GatewayError } from './gateway-error';

describe('describeError', () => {
  it('shows each GraphQL error with its extensions.code', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'Not your appointment', extensions: { code: 'FORBIDDEN' } },
        { message: 'Something broke' },
      ],
    });
    expect(describeError(error)).toEqual([
      { code: 'FORBIDDEN', message: 'Not your appointment' },
      { code: 'INTERNAL_SERVER_ERROR', message: 'Something broke' },
    ]);
  });

  it('reads the GraphQL body of a non-2xx answer', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 401 }),
      bodyText: body,
    });
    expect(describeError(error)).toEqual([{ code: 'UNAUTHENTICATED', message: 'Access token expired' }]);
  });

  it('calls an unreachable gateway a network error', () => {
    expect(describeError(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK_ERROR');
  });

  it('passes session errors through', () => {
    expect(
      describeError(new GatewayError([{ code: 'UNAUTHENTICATED', message: 'Wrong email or password' }])),
    ).toEqual([{ code: 'UNAUTHENTICATED', message: 'Wrong email or password' }]);
  });
});
