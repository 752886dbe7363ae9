import { randomBytes } from 'node:crypto';
import { InvalidFileLinkError, signFileLink, verifyFileLink, type FileLinkClaims } from './file-token';

describe('file links', () => {
  const key = randomBytes(32);
  const now = new Date('2026-12-01T12:00:00Z');
  const claims: FileLinkClaims = {
    fileId: '0b8f1d4e-3c57-4f0e-9a55-9d1c2b7f6a10',
    method: 'PUT',
    expiresAt: now.getTime() / 1000 + 60,
    userId: 'c6d1a3f2-5e8b-4b7a-8f3c-1d2e3f4a5b6c',
    roles: ['PATIENT'],
  };

  it('verifies what it signed', () => {
    expect(verifyFileLink(signFileLink(claims, key), 'PUT', key, now)).toEqual(claims);
  });

  it('refuses a link once it expired', () => {
    const token = signFileLink(claims, key);
    expect(() => verifyFileLink(token, 'PUT', key, new Date((claims.expiresAt + 1) * 1000))).toThrow('expired');
  });

  it('refuses a link used for another method', () => {
    expect(() => verifyFileLink(signFileLink(claims, key), 'GET', key, now)).toThrow(InvalidFileLinkError);
  });

  it('refuses a link signed with another key', () => {
    expect(() => verifyFileLink(signFileLink(claims, randomBytes(32)), 'PUT', key, now)).toThrow('signature');
  });

  it('refuses a payload changed after signing (another file, a later expiry)', () => {
    const [, mac] = signFileLink(claims, key).split('.');
    for (const changed of [{ ...claims, fileId: '11111111-1111-4111-8111-111111111111' }, { ...claims, expiresAt: claims.expiresAt + 3600 }]) {
      const [body] = signFileLink(changed, key).split('.');
      expect(() => verifyFileLink(`${body}.${mac}`, 'PUT', key, now)).toThrow('signature');
    }
  });

  it('refuses what is not a link', () => {
    for (const token of ['', 'abc', 'a.b.c', '.', `${Buffer.from('{}').toString('base64url')}.`]) {
      expect(() => verifyFileLink(token, 'PUT', key, now)).toThrow(InvalidFileLinkError);
    }
  });
});
