import { base32Decode, base32Encode, matchTotp, totpCode } from './totp';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; the RFC shows 8 digits, apps use the last 6.
  const secret = base32Encode(Buffer.from('12345678901234567890'));
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('at %i s gives %s', (seconds, code) => {
    expect(totpCode(secret, Math.floor(seconds / 30))).toBe(code);
  });

  it('round-trips base32', () => {
    expect(base32Decode(secret).toString()).toBe('12345678901234567890');
  });

  it('accepts one step of drift and refuses replays', () => {
    const at = 1234567890_000;
    const step = Math.floor(at / 30_000);
    expect(matchTotp(secret, totpCode(secret, step - 1), null, at)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step - 2), null, at)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, step), step, at)).toBeNull();
    expect(matchTotp(secret, 'abcdef', null, at)).toBeNull();
  });
});
