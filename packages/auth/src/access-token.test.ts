import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { InvalidTokenError, signAccessToken, verifyAccessToken } from './access-token';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './claims';
import { localKeyResolver } from './jwks';
import { signingKeyFromPem, type SigningKey } from './signing-key';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

describe('access tokens', () => {
  const key = newKey();
  const other = newKey();
  const resolve = localKeyResolver([key]);
  const subject = { userId: 'u-1', roles: ['PATIENT'] as const, patientId: 'p-1' };

  it('round-trips the caller', async () => {
    const caller = await verifyAccessToken(signAccessToken(subject, key), resolve);
    expect(caller).toEqual({ userId: 'u-1', roles: ['PATIENT'], patientId: 'p-1', doctorId: null, scopes: [] });
  });

  const refused = async (token: string, message: string) =>
    expect(verifyAccessToken(token, resolve)).rejects.toThrow(new InvalidTokenError(message));

  it('refuses an expired token', async () => {
    await refused(signAccessToken(subject, key, -60), 'Access token expired');
  });

  it('refuses a token signed by another key, even with our kid', async () => {
    const forged = jwt.sign({ roles: ['ADMIN'] }, other.privateKey, {
      algorithm: 'RS256', keyid: key.kid, subject: 'u-1', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: 60,
    });
    await refused(forged, 'Access token is invalid');
  });

  it('refuses alg none and HMAC tokens', async () => {
    const none = jwt.sign({ roles: ['ADMIN'], sub: 'u-1' }, '', { algorithm: 'none' as jwt.Algorithm, keyid: key.kid } as jwt.SignOptions);
    await refused(none, 'Access token algorithm not accepted');
    const hmac = jwt.sign({ roles: ['ADMIN'], sub: 'u-1' }, 'secret', { algorithm: 'HS256', keyid: key.kid });
    await refused(hmac, 'Access token algorithm not accepted');
  });

  it('refuses a wrong audience or issuer', async () => {
    const opts = { algorithm: 'RS256' as const, keyid: key.kid, subject: 'u-1', expiresIn: 60 };
    await refused(jwt.sign({ roles: [] }, key.privateKey, { ...opts, issuer: TOKEN_ISSUER, audience: 'someone-else' }), 'Access token is invalid');
    await refused(jwt.sign({ roles: [] }, key.privateKey, { ...opts, issuer: 'evil', audience: TOKEN_AUDIENCE }), 'Access token is invalid');
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = signAccessToken(subject, key).split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'u-1', roles: ['ADMIN'], iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: 9e9 })).toString('base64url');
    await refused(`${header}.${payload}.${signature}`, 'Access token is invalid');
  });

  it('refuses a token whose kid is unknown, and garbage', async () => {
    await refused(signAccessToken(subject, other), 'Access token signed by an unknown key');
    await refused('not-a-jwt', 'Malformed access token');
  });
});
