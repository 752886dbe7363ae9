import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { parseServiceTrust, serviceJwksOf } from './service-trust';
import { InvalidServiceTokenError, serviceTokenSigner, signServiceToken, verifyServiceToken } from './service-token';
import { signingKeyFromPem, type SigningKey } from './signing-key';

function newKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

describe('service tokens', () => {
  const gateway = newKey();
  const identity = newKey();
  const stranger = newKey();
  const trust = parseServiceTrust(
    JSON.stringify(serviceJwksOf([{ issuer: 'gateway', key: gateway }, { issuer: 'identity', key: identity }])),
  );
  const refused = (token: string, message: string) =>
    expect(() => verifyServiceToken(token, trust, 'appointment')).toThrow(new InvalidServiceTokenError(message));

  it('names the issuer of a valid token for this audience', () => {
    expect(verifyServiceToken(signServiceToken('gateway', 'appointment', gateway), trust, 'appointment')).toEqual({ issuer: 'gateway' });
    expect(verifyServiceToken(signServiceToken('identity', 'appointment', identity), trust, 'appointment')).toEqual({ issuer: 'identity' });
  });

  it('refuses a token for another subgraph', () => {
    refused(signServiceToken('gateway', 'payment', gateway), 'Service token is invalid for this service');
  });

  it('refuses a service speaking in another service’s name', () => {
    refused(signServiceToken('gateway', 'appointment', identity), 'Service token is invalid for this service');
  });

  it('refuses expired, unknown-key, alg none and tampered tokens', () => {
    refused(signServiceToken('gateway', 'appointment', gateway, -60), 'Service token expired');
    refused(signServiceToken('gateway', 'appointment', stranger), 'Service token signed by an unknown key');
    const none = jwt.sign({ iss: 'gateway', aud: 'appointment' }, '', { algorithm: 'none' as jwt.Algorithm, keyid: gateway.kid } as jwt.SignOptions);
    refused(none, 'Service token algorithm not accepted');
    const [header, , signature] = signServiceToken('gateway', 'payment', gateway).split('.');
    const payload = Buffer.from(JSON.stringify({ iss: 'gateway', aud: 'appointment', exp: 9e9 })).toString('base64url');
    refused(`${header}.${payload}.${signature}`, 'Service token is invalid for this service');
    refused('garbage', 'Malformed service token');
  });

  it('caches a token per audience', () => {
    const sign = serviceTokenSigner('gateway', gateway);
    expect(sign('payment')).toBe(sign('payment'));
    expect(sign('payment')).not.toBe(sign('storage'));
  });
});
