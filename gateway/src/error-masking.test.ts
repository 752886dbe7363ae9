import { DELIBERATE_ERROR_CODES, errorCode, isDeliberate, maskError } from './error-masking';

describe('maskError', () => {
  it('keeps the message and extensions of deliberate errors', () => {
    const error = {
      message: 'Doctor 7 not found',
      path: ['doctor'],
      extensions: { code: 'NOT_FOUND', id: '7' },
    };
    expect(maskError(error)).toBe(error);
  });

  it('strips stack traces from deliberate errors', () => {
    const error = {
      message: 'Bad date',
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'], exception: { stacktrace: ['at y'] } },
    };
    expect(maskError(error)).toEqual({ message: 'Bad date', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('masks internal errors and keeps path, locations and serviceName', () => {
    const error = {
      message: 'connect ECONNREFUSED 10.0.0.7:5432',
      locations: [{ line: 1, column: 3 }],
      path: ['doctor', 'files'],
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'storage',
        stacktrace: ['Error: connect', 'at pg'],
      },
    };
    expect(maskError(error)).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 3 }],
      path: ['doctor', 'files'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'storage' },
    });
  });

  it('masks errors with unknown or missing codes', () => {
    expect(maskError({ message: 'boom', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(maskError({ message: 'boom' })).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('lets the gateway-written subgraph errors through, since they name only the subgraph', () => {
    const error = {
      message: 'Subgraph "storage" is unavailable',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'storage' },
    };
    expect(maskError(error)).toBe(error);
  });
});

describe('errorCode / isDeliberate', () => {
  it('reads string codes only', () => {
    expect(errorCode({ extensions: { code: 'FORBIDDEN' } })).toBe('FORBIDDEN');
    expect(errorCode({ extensions: { code: 42 } })).toBeUndefined();
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });

  it('treats every listed code as deliberate', () => {
    for (const code of DELIBERATE_ERROR_CODES) expect(isDeliberate({ extensions: { code } })).toBe(true);
    expect(isDeliberate({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toBe(false);
  });
});
