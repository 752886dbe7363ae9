import { isUnauthorizedClose, isUnauthorizedCloseError } from './close-codes';

describe('4401 closes', () => {
  it('recognises the close event the gateway sends for a bad or expired token', () => {
    expect(isUnauthorizedClose({ code: 4401, reason: 'Access token expired' })).toBe(true);
    expect(isUnauthorizedClose({ code: 1006, reason: '' })).toBe(false);
    expect(isUnauthorizedClose(null)).toBe(false);
  });

  it('recognises the error GraphQLWsLink makes of it, and nothing else', () => {
    expect(isUnauthorizedCloseError(new Error('Socket closed with event 4401 Access token expired'))).toBe(
      true,
    );
    expect(isUnauthorizedCloseError(new Error('Socket closed with event 4400 Bad request'))).toBe(false);
    expect(isUnauthorizedCloseError(new Error('Socket closed with event 44010'))).toBe(false);
    expect(isUnauthorizedCloseError('Socket closed with event 4401')).toBe(false);
  });
});
