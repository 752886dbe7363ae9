import { signAccessToken, type AccessTokenSubject } from '@telemed/auth/access-token';
import { loadSigningKeyFile } from '@telemed/auth/signing-key';
import { signingKeyFile } from '@telemed/devstack/stack';
import { testStackDataDir } from './stack-file';

/**
 * A real access token for the test stack, signed with identity's key (the
 * stack created it in its data folder), so tests can act as any role
 * without going through a login first.
 */
export function accessToken(subject: AccessTokenSubject, ttlSeconds?: number): string {
  const key = loadSigningKeyFile(signingKeyFile(testStackDataDir), { create: false });
  return signAccessToken(subject, key, ttlSeconds);
}

/** `Authorization` header for `subject`. */
export function bearer(subject: AccessTokenSubject, ttlSeconds?: number): Record<string, string> {
  return { authorization: `Bearer ${accessToken(subject, ttlSeconds)}` };
}
